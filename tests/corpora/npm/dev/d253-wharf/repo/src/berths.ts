import { Tide } from './tides';
import type { Harbour, Vessel } from './types';

export function voyageOf(vessel: Vessel): string {
  return vessel.manifest.slice(vessel.manifest.indexOf('.') + 1);
}

export function dues(harbour: Harbour, vessel: Vessel): number {
  const base = vessel.grossTonnes * harbour.tonnePence;
  return base + harbour.surcharge(vessel);
}

export function berthing(harbour: Harbour, vessel: Vessel, tideM: number): string {
  const water = waterAt(harbour.chartDepthM, tideM);
  if (!Tide.canBerth(vessel.draughtM, water)) return `${vessel.name}: wait for the tide (${water} m of water)`;
  const pounds = (dues(harbour, vessel) / 100).toFixed(2);
  return `${vessel.name} voyage ${voyageOf(vessel)}: berth at ${harbour.name}, dues £${pounds}`;
}
