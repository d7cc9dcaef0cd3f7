export { formatClock, toSeconds } from './clock.js';
export { missing, readCard, splits } from './course.js';
export { results } from './results.js';
