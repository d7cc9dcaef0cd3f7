export { cards, nightLabel, parseStay, price } from './stays';
export type { Stay, Suite } from './types';
