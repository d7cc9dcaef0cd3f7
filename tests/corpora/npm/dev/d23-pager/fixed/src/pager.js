import { clamp, pageCount } from './math.js';

export const GAP = '…';

/**
 * The page links of a pager: the first and last page, the current one with `siblings` pages on
 * each side, and a gap wherever pages are left out: pageLinks(5, 10) → [1, '…', 4, 5, 6, '…', 10].
 */
export function pageLinks(current, count, siblings = 1) {
  const page = clamp(current, 1, count);
  const start = Math.max(2, page - siblings);
  const end = Math.min(count - 1, page + siblings);
  const links = [1];
  if (start > 2) {
    links.push(GAP);
  }
  for (let n = start; n <= end; n++) {
    links.push(n);
  }
  if (end < count - 1) {
    links.push(GAP);
  }
  if (count > 1) {
    links.push(count);
  }
  return links;
}

/** What a list view shows under its table: "Showing 21–30 of 95". Pages are numbered from 1. */
export function pageInfo({ total, page, pageSize }) {
  const pages = pageCount(total, pageSize);
  if (page < 1 || page > pages) {
    throw new RangeError(`page ${page} is not between 1 and ${pages}`);
  }
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return { page, pages, from, to, hasPrevious: page > 1, hasNext: page < pages };
}
