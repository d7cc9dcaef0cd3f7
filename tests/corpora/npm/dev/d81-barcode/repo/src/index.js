export { checkDigit, isValid } from './checkdigit.js';
export { complete, decode, encode } from './ean.js';
export { country } from './prefixes.js';
