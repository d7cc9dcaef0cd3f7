export { CatalogueItem } from './catalogue.js';
export { StringSet, overallGauge } from './strings.js';
export { envelope, stringLabel } from './labels.js';
