export { fileSheets, parseLine, Specimen } from './specimens.js';
export * from './taxonomy.js';
