export { licencePence } from './licence';
export { register, registerLine } from './register';
export type { Band, Boat } from './types';
