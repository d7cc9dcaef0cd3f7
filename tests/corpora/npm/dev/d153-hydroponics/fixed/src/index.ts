import { CROPS, sharedWindow } from './crops';
import { concentrateMl, topUpLitres } from './tank';
import type { Crop, Reading } from './types';

export { CROPS, concentrateMl, sharedWindow, topUpLitres };
export type { Crop, Reading };

function latest(readings: Reading[], sensor: Reading['sensor']): number {
  const reading = [...readings].reverse().find((r) => r.sensor === sensor);
  if (reading === undefined) {
    throw new Error(`no ${sensor} reading`);
  }
  return reading.value;
}

// What to do to the tank after the morning readings, for the crops growing on it.
export function adjust(crops: string[], litres: number, readings: Reading[]): string[] {
  const window = sharedWindow(crops);
  if (window === null) {
    throw new Error(`${crops.join(' and ')} cannot share a tank`);
  }
  const ec = latest(readings, 'ec');
  const ph = latest(readings, 'ph');
  const target = Math.round(((window.ecMin + window.ecMax) / 2) * 100) / 100;
  const actions: string[] = [];
  if (ec < window.ecMin) {
    actions.push(`add ${concentrateMl(litres, ec, target)} ml concentrate`);
  } else if (ec > window.ecMax) {
    actions.push(`add ${topUpLitres(litres, ec, target)} l water`);
  }
  if (ph < window.phMin) {
    actions.push('pH up');
  } else if (ph > window.phMax) {
    actions.push('pH down');
  }
  return actions;
}
