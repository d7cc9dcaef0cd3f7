export function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

/** How many pages `total` items fill; an empty list still has one (empty) page. */
export function pageCount(total, pageSize) {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`page size must be a positive integer, not ${pageSize}`);
  }
  return Math.max(1, Math.ceil(total / pageSize));
}
