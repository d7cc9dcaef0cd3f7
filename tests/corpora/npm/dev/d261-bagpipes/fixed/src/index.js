export { PipeSet, meanOffset } from './pipes.js';
export { loadTune } from './tunes.js';
