import { LASTS } from './lasts';
import type { Last } from './lasts';

// Welt stitches are counted per inch, as the trade does; the welt is measured in centimetres.
const CM_PER_INCH = 2.54;
const DEFAULT_LAST: Last = LASTS.oxford;

export function weltStitches(weltCm: number, perInch: number): number {
  return Math.round((weltCm / CM_PER_INCH) * perInch);
}

// The welt runs round the forepart and the waist of the sole on both sides: four fifths of twice its length.
export function weltLength({ soleCm }: Last = DEFAULT_LAST): number {
  return Math.round(soleCm * 2 * 0.8 * 10) / 10;
}
