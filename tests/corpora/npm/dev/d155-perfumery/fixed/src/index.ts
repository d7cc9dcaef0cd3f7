export { bottle } from './bottle';
export { Formula } from './formula';
export { NOTES, note } from './notes';
