export { parseLength, SongQueue, status } from './queue.js';
export { leaderboard, multiplier, score } from './scoring.js';
