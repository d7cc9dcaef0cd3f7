// A gauge is the stitches and rows a swatch has in 10 cm.
function parseGauge(text) {
  const m = /^(\d+(?:\.\d+)?) sts x (\d+(?:\.\d+)?) rows$/.exec(text.trim());
  if (!m) throw new Error(`not a gauge: ${text}`);
  return { stitches: Number(m[1]), rows: Number(m[2]) };
}

// Stitches to cast on for a width, rounded up to whole pattern repeats (plus the edge stitches).
function castOn(gauge, widthCm, { repeat = 1, edges = 0 } = {}) {
  const stitches = Math.round((gauge.stitches * widthCm) / 10) - edges;
  return Math.ceil(stitches / repeat) * repeat;
}

function rowsFor(gauge, lengthCm) {
  return Math.round((gauge.rows * lengthCm) / 10);
}

module.exports = { castOn, parseGauge, rowsFor };
