const { outerSize } = require('#lib/mounts');

// Moulding is sold by the metre; each mitred corner uses the moulding's width again.
const GLASS_PENCE_PER_M2 = 4500;

function mouldingMetres(outer, mouldingWidthMm) {
  const perimeterMm = 2 * (outer.widthMm + outer.heightMm) + 8 * mouldingWidthMm;
  return Math.ceil(perimeterMm / 100) / 10;
}

function frameQuote(
  order,
  mouldings,
) {
  const moulding = mouldings[order.moulding];
  if (!moulding) throw new Error(`no such moulding: ${order.moulding}`);
  const outer = outerSize(order.picture, order.borderMm);
  const metres = mouldingMetres(outer, moulding.widthMm);
  const glazed = order.glass !== 'none';
  const glassPence = glazed ? Math.round(((outer.widthMm * outer.heightMm) / 1e6) * GLASS_PENCE_PER_M2) : 0;
  return { outer, metres, glazed, pence: Math.round(metres * moulding.pencePerMetre) + glassPence };
}

module.exports = { frameQuote, mouldingMetres };
