export { updateFile } from './file.js';
export { extractHeadings } from './headings.js';
export { createSlugger, slugify } from './slug.js';
export { buildToc, insertToc } from './toc.js';
