export { slug } from './slug';
export { Treehouse } from './treehouse';
export type { Platform } from './types';
