export { score, solved } from './score.js';
export { share } from './share.js';
export { candidates, suggest } from './solver.js';
export { LENGTH, isWord, normalize, wordList } from './words.js';
