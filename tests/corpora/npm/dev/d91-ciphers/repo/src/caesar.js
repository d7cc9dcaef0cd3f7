import { ALPHABET, isLetter, shiftLetter } from './alphabet.js';

export function caesar(text, by) {
  return [...text].map((ch) => shiftLetter(ch, by).join('');
}

// English letter frequencies in per cent, a to z.
const ENGLISH = [
  8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98,
  2.4, 0.15, 2.0, 0.074,
];

// The shift that makes the text look most like English (chi-squared against the frequencies above).
export function crackCaesar(text) {
  const letters = [...text.toLowerCase()].filter(isLetter);
  let best = { shift: 0, score: Infinity };
  for (let shift = 0; shift < 26; shift++) {
    const counts = new Array(26).fill(0);
    for (const ch of letters) counts[ALPHABET.indexOf(shiftLetter(ch, -shift))] += 1;
    const score = counts.reduce((sum, n, i) => {
      const expected = (ENGLISH[i] / 100) * letters.length;
      return sum + (n - expected) ** 2 / expected;
    }, 0);
    if (score < best.score) best = { shift, score };
  }
  return best.shift;
}
