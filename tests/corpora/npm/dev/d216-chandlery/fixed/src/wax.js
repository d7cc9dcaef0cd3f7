// Hours a candle burns for each 100 g of wax, by blend.
const HOURS_PER_100G = { soy: 8, beeswax: 10, paraffin: 6 };
const WAX_DENSITY = 0.9; // grams per cubic centimetre

function burnTime(blend, grams) {
  const rate = HOURS_PER_100G[blend];
  if (rate === undefined) throw new Error(`unknown wax: ${blend}`);
  return Math.round((grams / 100) * rate * 10) / 10;
}

// A pillar mould is a cylinder; its sizes are in millimetres.
function pourWeight(diameterMm, heightMm) {
  const radiusCm = diameterMm / 20;
  return Math.round(Math.PI * radiusCm ** 2 * (heightMm / 10) * WAX_DENSITY);
}

module.exports = { burnTime, pourWeight };
