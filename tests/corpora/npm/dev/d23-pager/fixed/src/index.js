export { clamp, pageCount } from './math.js';
export { GAP, pageInfo, pageLinks } from './pager.js';
export { fetchAll, forEachPage } from './fetch.js';
