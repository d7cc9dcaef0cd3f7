export { Crane, craneFor } from './cranes';
export { assignCrane, hireNote, quote } from './hire';
export type { Hire } from './hire';
