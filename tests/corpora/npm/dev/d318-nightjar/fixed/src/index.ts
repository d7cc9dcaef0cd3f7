export type { Call } from './dusk.js';
export { inWindow, minutesAfter } from './dusk.js';
export { NightSurvey, parseCall } from './survey.js';
