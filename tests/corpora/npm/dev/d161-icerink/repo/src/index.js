export { parseSize, priceList, tagNumber, SkateRack } from './skates.js';
export { Session, clashes } from './sessions.js';
export { sessionStarts, hhmm, resurfaceAll } from './resurfacing.js';
