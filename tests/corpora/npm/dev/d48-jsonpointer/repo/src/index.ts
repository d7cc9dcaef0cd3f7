export { escapeToken, unescapeToken } from './escape.js';
export { arrayIndex, compile, get, has, parse } from './pointer.js';
export type { Json } from './pointer.js';
export { remove, set } from './mutate.js';
