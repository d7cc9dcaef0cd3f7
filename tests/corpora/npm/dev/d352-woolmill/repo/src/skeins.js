const METRES_PER_YARD = 0.9144;

// Nm is metres per gram of a single; plying shares that length among the plies.
function metresPerGram({ ply, nm }) {
  return nm / ply;
}

// Knitters buy by the yard, so the mill prints yards on the band.
function yardsPerSkein(count, skeinGrams) {
  const metres = metresPerGram(count) * skeinGrams;
  return Math.round(metres * METRES_PER_YARD);
}

module.exports = { metresPerGram, yardsPerSkein };
