// Words are stored trimmed, in lower case and in Unicode's composed form, so that 'Café' typed with a
// combining accent and 'café' are the same word.
export function normalizeWord(word: string): string {
  return word.trim().toLowerCase().normalize('NFC');
}
