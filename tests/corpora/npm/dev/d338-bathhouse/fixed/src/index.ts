export type { Pool } from './pools.js';
export { fromFahrenheit, mixedTemperature } from './pools.js';
export { Session } from './sessions.js';
