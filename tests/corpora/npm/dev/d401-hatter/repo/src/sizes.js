// Hat sizes by head circumference: each size fits heads up to its limit.
const SIZES = [
  { size: 'S', upToCm: 55 },
  { size: 'M', upToCm: 57 },
  { size: 'L', upToCm: 59 },
  { size: 'XL', upToCm: 61 },
];

export function sizeFor(headCm) {
  const found = SIZES.find((row) => headCm < row.upToCm);
  if (!found) {
    throw new RangeError(`no block for a ${headCm} cm head`);
  }
  return found.size;
}

export function ribbonCm(headCm) {
  const BOW_CM = 12; // a bow's worth over the crown
  return Math.ceil(headCm + BOW_CM);
}
