import { pageCount } from './math.js';

// `fetchPage({ offset, limit })` is the caller's API call; it resolves to { items, total }.

/** Fetches every page, one request at a time, and returns all the items in order. */
export async function fetchAll(fetchPage, { pageSize = 50, maxPages = Infinity } = {}) {
  const items = [];
  await forEachPage(fetchPage, (page) => items.push(...page), { pageSize, maxPages });
  return items;
}

/**
 * Calls `handler(items, pageIndex)` for each page and waits for it before asking for the next
 * page, so that a slow consumer (a database insert, a file write) is never flooded.
 */
export async function forEachPage(fetchPage, handler, { pageSize = 50, maxPages = Infinity } = {}) {
  let index = 0;
  let pages = 1;
  while (index < pages) {
    const { items, total } = await fetchPage({ offset: index * pageSize, limit: pageSize });
    pages = Math.min(pageCount(total, pageSize), maxPages);
    if (items.length == 0) {
      break;
    }
    handler(items, index);
    index += 1;
  }
  return index;
}
