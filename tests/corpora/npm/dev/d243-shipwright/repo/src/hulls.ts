import type { Hull } from './types';
import { FIRST_HULL, nextHull, takeHullNumber } from './yard';

// Frames are set at a fixed spacing along the keel.
const FRAME_SPACING_MM = 400;
const SCANTLINGS = {
  frameSpacingMm: FRAME_SPACING_MM,
  framesPerMetre: 1000 / frameSpacingMm,
};

export function layKeel(name: string, keelM: number): Hull {
  const number = nextHull++;
  return { number, name, frames: Math.floor(keelM * SCANTLINGS.framesPerMetre) + 1 };
}

export function hullsBuilt(): number {
  return nextHull - FIRST_HULL;
}
