export { isLetter, shiftLetter, words } from './alphabet.js';
export { caesar, crackCaesar } from './caesar.js';
export { decrypt, encrypt } from './vigenere.js';
export { railDecode, railEncode } from './railfence.js';
