import type { Eyepiece, Telescope } from './types';

export function magnification(scope: Telescope, eyepiece: Eyepiece): number {
  return scope.focalMm / eyepiece.focalMm;
}

// The sky the eyepiece shows, in degrees: its apparent field shrunk by the magnification.
export function trueFieldDeg(scope: Telescope, eyepiece: Eyepiece): number {
  return eyepiece.apparentFieldDeg / magnification(scope, eyepiece);
}

export function exitPupilMm(scope: Telescope, eyepiece: Eyepiece): number {
  return scope.apertureMm / magnification(scope, eyepiece);
}

// Faintest star magnitude the aperture shows under a dark sky (a common rule of thumb).
export function limitingMagnitude(scope: Telescope): number {
  return Math.round((2 + 5 * Math.log10(scope.apertureMm)) * 10) / 10;
}

// Beyond about twice the aperture in millimetres the image only gets dimmer, not sharper.
export function usable(scope: Telescope, eyepiece: Eyepiece): boolean {
  const power = magnification(scope, eyepiece);
  return power <= 2 * scope.apertureMm && exitPupilMm(scope, eyepiece) <= 7;
}
