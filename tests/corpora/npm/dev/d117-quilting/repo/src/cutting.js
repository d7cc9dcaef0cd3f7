const SEAM_IN = 0.25;

// Usable width of each fabric off the bolt, selvages trimmed, in inches.
const FABRIC_WIDTH_IN = {
  'quilting-cotton': 42,
  wide-back: 108,
  flannel: 40,
};

// A piece is cut with a seam allowance on each side of its finished size.
export function cutSize(finishedIn) {
  return finishedIn + SEAM_IN;
}

// Square pieces are cut from strips across the width of the fabric.
export function stripsNeeded(pieces, finishedIn, fabric) {
  const width = FABRIC_WIDTH_IN[fabric];
  if (!width) throw new Error(`unknown fabric: ${fabric}`);
  const perStrip = Math.floor(width / cutSize(finishedIn));
  return Math.ceil(pieces / perStrip);
}

// Yards to buy, rounded up to the eighth of a yard shops cut.
export function yardage(pieces, finishedIn, fabric) {
  const inches = stripsNeeded(pieces, finishedIn, fabric) * cutSize(finishedIn);
  return Math.ceil((inches / 36) * 8) / 8;
}
