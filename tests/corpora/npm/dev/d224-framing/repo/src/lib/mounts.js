// A mount's window is cut 3 mm inside the picture on every side so that the mount holds it.
const OVERLAP_MM = 3;

function windowSize(picture) {
  return { widthMm: picture.widthMm - 2 * OVERLAP_MM, heightMm: picture.heightMm - 2 * OVERLAP_MM };
}

function outerSize(picture, borderMm) {
  return { widthMm: picture.widthMm + 2 * borderMm, heightMm: picture.heightMm + 2 * borderMm };
}

module.exports = { OVERLAP_MM, windowSize, outerSize };
