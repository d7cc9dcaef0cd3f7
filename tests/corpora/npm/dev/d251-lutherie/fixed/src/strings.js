import { CatalogueItem } from './catalogue.js';

const SLOT_CLEARANCE_MM = 0.1;
const MAX_OVERALL_MM = 1.4;

// A wound string's overall gauge is its core and the wrap on both sides.
export function overallGauge(string) {
  let gaugeMm = string.coreMm;
  if (string.wrapMm) {
    gaugeMm = string.coreMm + 2 * string.wrapMm;
    if (gaugeMm > MAX_OVERALL_MM) throw new RangeError(`${string.note} is too thick for the nut`);
  }
  return Math.round(gaugeMm * 100) / 100;
}

export class StringSet extends CatalogueItem {
  constructor(number, name, strings) {
    super(number, name);
    this.strings = strings;
  }

  // The nut's slots, bass to treble: each a little wider than the string it holds.
  nutSlots() {
    return this.strings.map((string) => Math.round((overallGauge(string) + SLOT_CLEARANCE_MM) * 100) / 100);
  }
}
