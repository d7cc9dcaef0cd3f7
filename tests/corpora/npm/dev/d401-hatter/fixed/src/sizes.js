// Hat sizes by head circumference: each size fits heads up to its limit.
const SIZES = [
  { size: 'S', upToCm: 55 },
  { size: 'M', upToCm: 57 },
  { size: 'L', upToCm: 59 },
  { size: 'XL', upToCm: 61 },
];

export function sizeFor(headCm) {
  const found = SIZES.find((row) => headCm <= row.upToCm);
  if (!found) {
    throw new RangeError(`no block for a ${headCm} cm head`);
  }
  return found.size;
}

export function ribbonCm(headCm) {
  // The band goes once round the crown with a bow's worth over.
  const BOW_CM = 12;
  return Math.ceil(headCm + BOW_CM);
}
