export { formatDuration, parseDuration } from './duration.js';
export { formatPace, pace, predict, splits } from './pace.js';
export { metres, raceMetres } from './units.js';
