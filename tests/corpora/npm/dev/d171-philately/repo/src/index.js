export { Album } from './album.js';
export { compareNumbers, parseNumber, PRICES } from './catalogue.js';
export { better, conditionFactor, CONDITIONS } from './condition.js';
