export { SHEETS, leafSize, sizeClass } from './paper.js';
export { pagesPerSheet, gather, blanks, bookSize } from './signatures.js';
export { stationsFor, threadLength } from './sewing.js';
