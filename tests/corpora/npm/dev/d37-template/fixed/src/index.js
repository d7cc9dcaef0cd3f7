export { render } from './render.js';
export { parse } from './parse.js';
