export { countAround, inside, neighbours, parseBoard } from './board.js';
export { newGame, reveal, toggleFlag, won } from './game.js';
export { render } from './render.js';
