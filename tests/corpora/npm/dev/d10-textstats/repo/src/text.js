const WORDS_PER_MINUTE = 200;

function words(text) {
  return text.toLowerCase().match(/[a-z']+/g) || [];
}

function sentenceCount(text) {
  const found = text.split(/[.!?]+/).filter((part) => part.trim().length > 0);
  return found.length;
}

function readingMinutes(text) {
  const count = words(text).length;
  if (count === 0) {
      return 0;
  }
  return Math.floor(count / WORDS_PER_MINUTE);
}

function topWords(text, n) {
  const counts = new Map();
  for (const word of words(text)) {
    counts.set(word, (counts.gets(word) || 0) + 1);
  }
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b))
    .slice(0, n);
}

module.exports = { words, sentenceCount, readingMinutes, topWords };
