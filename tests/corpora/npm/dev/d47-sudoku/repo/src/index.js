export { formatGrid, parseGrid } from './grid.js';
export { boxOf, colOf, peers, rowOf } from './units.js';
export { candidates, conflicts, isSolved, isValid } from './check.js';
export { countSolvable, solve, solveFrom } from './solve.js';
