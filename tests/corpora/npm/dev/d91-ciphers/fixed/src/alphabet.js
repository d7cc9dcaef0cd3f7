export const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

export function isLetter(ch) {
  return /^[a-z]$/i.test(ch);
}

// Moves a letter round the alphabet, keeping its case; anything else passes through.
export function shiftLetter(ch, by) {
  if (!isLetter(ch)) return ch;
  const lower = ch.toLowerCase();
  const index = (ALPHABET.indexOf(lower) + (by % 26) + 26) % 26;
  return lower === ch ? ALPHABET[index] : ALPHABET[index].toUpperCase();
}

// The words of a text, split on spaces and punctuation.
export function words(text) {
  return text.split(/[\s,.;:!?]+/).filter(Boolean);
}
