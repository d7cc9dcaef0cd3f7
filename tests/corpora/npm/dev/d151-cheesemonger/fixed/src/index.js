export { Cellar } from './cellar.js';
export { weighAll } from './scale.js';
export { ripeningDays, shelfLabel } from './styles.js';
