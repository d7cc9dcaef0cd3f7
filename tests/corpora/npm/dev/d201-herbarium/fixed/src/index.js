export { fileSheets, parseLine, Specimen } from './specimens.js';
export { default as taxonomy } from './taxonomy.js';
