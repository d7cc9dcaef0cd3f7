export { FLOW_G_PER_S, type Glass, type Grain } from './glass.js';
export { afterFlip, flipGlass, type Flipped, type FlipRule } from './flip.js';
export { describeGlass, parseDuration, runSeconds, sandFor } from './timing.js';
