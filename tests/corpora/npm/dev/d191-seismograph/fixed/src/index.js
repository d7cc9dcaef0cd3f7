export { parseLine, magnitudeClass } from './quakes.js';
export { gaussianWeights, smooth } from './taper.js';
export { summarise, hourlyRate } from './report.js';
