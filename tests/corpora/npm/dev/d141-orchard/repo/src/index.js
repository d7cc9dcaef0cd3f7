export { loadLog, parseLine, parseRows, yieldByVariety } from './harvest.js';
export { Orchard, parseTree } from './trees.js';
