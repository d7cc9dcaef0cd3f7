// Saddle trees by gullet width: a horse takes the narrowest tree that clears its withers.
const TREE_WIDTHS = [
  { name: 'narrow', maxCm: 26 },
  { name: 'medium', maxCm: 29 },
  { name: 'wide', maxCm: 32 },
  { name: 'extra wide', maxCm: 35 },
];

const LEATHER_PENCE = { calf: 182000, cowhide: 124000, synthetic: 61000 };

function treeFor(withersCm) {
  const tree = TREE_WIDTHS.find((t) => withersCm <= t.maxCm);
  // Wider than the widest stock tree: the workshop builds one to the horse's own measurements.
  return tree ? tree.name : 'made to measure';
}

// The fitter measures the withers at three points; the tree must clear the widest of them.
function widestPoint(measurements) {
  return measurements.reduce(Math.max);
}

function leatherPrice(leather) {
  if (!(leather in LEATHER_PENCE)) throw new Error(`unknown leather: ${leather}`);
  return LEATHER_PENCE[leather];
}

module.exports = { TREE_WIDTHS, treeFor, widestPoint, leatherPrice };
