const KILN_CAPACITY = 1200;

// Tiles go into the kiln in loads; the last load may be part full.
export function kilnLoads(tiles) {
  const loads = [];
  for (let left = tiles; left > 0; left -= KILN_CAPACITY) {
    loads.push(Math.min(left, KILN_CAPACITY));
  }
  return loads;
}

export default kilnLoads;
