import { extractHeadings } from './headings.js';
import { createSlugger } from './slug.js';

// A nested Markdown list of links to the headings from minLevel to maxLevel, two spaces an indent.
export function buildToc(markdown, { minLevel = 2, maxLevel = 3 } = {}) {
  if (minLevel > maxLevel) {
    throw new RangeError(`minLevel ${minLevel} is above maxLevel ${maxLevel}`);
  }
  const slug = createSlugger();
  const lines = [];
  for (const { level, text } of extractHeadings(markdown)) {
    // Every heading takes its anchor, listed or not, so that repeated titles are numbered as GitHub does.
    const anchor = slug(text);
    if (level >= minLevel && level <= maxLevel) {
      lines.push(`${'  '.repeat(level - minLevel)}- [${text}](#${anchor})`);
    }
  }
  return lines.join('\n');
}

const START = '<!-- toc -->';
const END = '<!-- tocstop -->';

// Puts the table of contents between the <!-- toc --> and <!-- tocstop --> markers, replacing what was there.
export function insertToc(markdown, options) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END, start);
  if (start === -1 || end === -1) {
    throw new Error(`no ${START} ... ${END} markers`);
  }
  const toc = buildToc(markdown, options);
  return `${markdown.slice(0, start + START.length)}\n\n${toc}\n\n${markdown.slice(end)}`;
}
