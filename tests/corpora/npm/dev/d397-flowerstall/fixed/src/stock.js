// What came off the van this morning; anything else has to be ordered in.
export const IN_STOCK = new Set(['tulip', 'rose', 'freesia', 'eucalyptus']);

// The board by the stall lists the flowers, not the foliage, in alphabetical order.
export function stockBoard() {
  return [...IN_STOCK].filter((flower) => flower !== 'eucalyptus').sort();
}

export function unavailable(order) {
  return order.filter((line) => !IN_STOCK.has(line.flower)).map((line) => line.flower);
}
