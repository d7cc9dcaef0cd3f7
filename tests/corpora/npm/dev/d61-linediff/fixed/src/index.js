export { parseHunkHeader } from './header.js';
export { diffLines, lcsLengths } from './lcs.js';
export { splitLines } from './text.js';
export { diffStat, hunks, unifiedDiff } from './unified.js';
