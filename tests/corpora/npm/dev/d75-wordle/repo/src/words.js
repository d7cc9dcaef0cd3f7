export const LENGTH = 5;

export function normalize(word) {
  return word.trim().toLowerCase();
}

export function isWord(word) {
  return new RegExp(`^[a-z]{${LENGTH}}$`).test(word);
}

// A word list as people paste it: any case, blank lines, repeats and the odd longer word.
export function wordList(text) {
  const words = text.split(/[\s,]+/).map(normalize);
  return new Set(words).filter(isWord);
}
