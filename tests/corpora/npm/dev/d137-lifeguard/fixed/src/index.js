export { ROTATE_MINUTES, chairOf, rota } from './rota.js';
export { Pool, closures, maxBathers, waterProblems } from './water.js';
