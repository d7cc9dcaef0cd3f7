// Lower-case words; an apostrophe inside a word (it's, o'clock) belongs to it.
const WORD = /[a-z]+(?:'[a-z]+)?/g;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function dictionary(corpus: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(corpus)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
