export { Griddle, Station } from './kitchen';
export type { Timed } from './kitchen';
export { stacksPerTable, withDefaults } from './orders';
export type { Order } from './orders';
