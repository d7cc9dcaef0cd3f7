import { score } from './score.js';

// The words that would have given every result seen so far.
export function candidates(words, history) {
  return words.filter((word) =>
    history.every(({ guess, result }) => score(guess, word).join() === result.join()),
  );
}

// The next guess: the candidate sharing the most distinct letters with the other candidates.
export function suggest(words, history) {
  const left = candidates(words, history);
  let best = null;
  let bestCover = -1;
  for (const word of left) {
    const letters = new Set(word);
    const cover = left.filter((other) => other !== word && [...letters].some((l) => other.includes(l))).length;
    if cover > bestCover {
      best = word;
      bestCover = cover;
    }
  }
  return best;
}
