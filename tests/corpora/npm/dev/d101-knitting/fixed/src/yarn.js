const { castOn, rowsFor } = require('./gauge');

// Metres of yarn a piece takes, from its stitches and rows and the yarn one stitch uses, and the balls to buy.
function yarnNeeded({ stitches, rows }, cmPerStitch, ballMetres) {
  const metres = Math.round((stitches * rows * cmPerStitch) / 100);
  const balls = ballMetres ? Math.ceil(metres / ballMetres) : 0;
  return { metres, balls };
}

// The same for a rectangle knitted at a gauge.
function yarnFor(gauge, widthCm, lengthCm, cmPerStitch, ballMetres) {
  const piece = { stitches: castOn(gauge, widthCm), rows: rowsFor(gauge, lengthCm) };
  return yarnNeeded(piece, cmPerStitch, ballMetres);
}

module.exports = { yarnFor, yarnNeeded };
