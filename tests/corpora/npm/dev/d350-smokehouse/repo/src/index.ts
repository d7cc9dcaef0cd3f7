export { cureHours, saltGrams, type Cut } from './cure';
export { chipLoads, smokeHours, woodsFor, WOODS } from './smoke';
export { planSmoke, type SmokePlan } from './plan';
