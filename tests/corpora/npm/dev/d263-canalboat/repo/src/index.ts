export { licencePence } from './licence';
export { register, registerLine };
export type { Band, Boat } from './types';
