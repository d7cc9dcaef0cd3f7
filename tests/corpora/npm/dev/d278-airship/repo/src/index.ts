export { FLEET } from './fleet.js';
export { altitudeLine, ceilingM, type Leg } from './flights.js';
export { register, usefulLiftKg, type Airship, type Envelope } from './ships.js';
