import { LENGTH, isWord, normalize } from './words.js';

// Greens first; then a letter elsewhere in the answer is yellow only as many times as the answer has it
// left over, so guessing "geese" for "those" gives one yellow e, not two.
export function score(guess, answer) {
  guess = normalize(guess);
  answer = normalize(answer);
  if (!isWord(guess) || !isWord(answer)) {
    throw new RangeError(`both words need ${LENGTH} letters: '${guess}', '${answer}'`);
  }
  const result = Array(LENGTH).fill('gray');
  const left = {};
  for (let i = 0; i < LENGTH; i++) {
    if (guess[i] === answer[i]) {
      result[i] = 'green';
    } else {
      left[answer[i]] = (left[answer[i]] || 0) + 1;
    }
  }
  for (let i = 0; i < LENGTH; i++) {
    if (result[i] !== 'green' && answer.includes(guess[i])) {
      result[i] = 'yellow';
      left[guess[i]] -= 1;
    }
  }
  return result;
}

export function solved(result) {
  return result.every((cell) => cell === 'green');
}
