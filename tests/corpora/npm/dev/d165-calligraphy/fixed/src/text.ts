// A practice sheet's text: one space between words, however the copy was pasted.
export function normalise(text: string): string {
  return text.trim().replaceAll(/\s+/g, ' ');
}

// The letters of a text (what the pen writes), spaces left out. Decorative scripts use characters outside
// the Basic Multilingual Plane, so a letter may be two UTF-16 code units.
export function letters(text: string): string[] {
  return [...normalise(text)].filter((ch) => ch !== ' ');
}

// Millilitres of ink for a text, by the nib's width in millimetres (broader nibs lay down more ink).
export function inkMl(text: string, nibMm: number): number {
  return Math.round(letters(text).length * nibMm * 0.02 * 100) / 100;
}

// Guideline spacing in millimetres for a hand written x nib widths high with ascenders and descenders.
export function lineHeightMm(nibMm: number, { xHeight = 5, ascender = 3, descender = 3 } = {}): number {
  return nibMm * (xHeight + ascender + descender);
}
