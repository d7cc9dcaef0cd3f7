export { expandBraces } from './braces.js';
export { compile } from './compile.js';
export { filter, isMatch } from './match.js';
