export { addCard, cardsIn, column, createBoard, move } from './board.js';
export { averageCycleTime, cycleTime, throughput } from './metrics.js';
export { summary } from './render.js';
