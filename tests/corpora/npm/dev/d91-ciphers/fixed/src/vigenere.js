import { ALPHABET, isLetter, shiftLetter } from './alphabet.js';

// The key moves on only at letters, so spaces and punctuation keep their places.
function vigenere(text, key, direction) {
  const shifts = [...key.toLowerCase()].filter(isLetter).map((ch) => ALPHABET.indexOf(ch));
  if (shifts.length === 0) throw new Error('the key has no letters');
  let k = 0;
  return [...text]
    .map((ch) => {
      if (!isLetter(ch)) return ch;
      const out = shiftLetter(ch, direction * shifts[k % shifts.length]);
      k += 1;
      return out;
    })
    .join('');
}

export const encrypt = (text, key) => vigenere(text, key, 1);
export const decrypt = (text, key) => vigenere(text, key, -1);
