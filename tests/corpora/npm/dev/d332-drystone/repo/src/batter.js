// A batter of 1 in 6: each face leans in one unit for every six it rises.
const BATTER = 1 / 6;

function topWidth(baseM, heightM) {
  return Math.round((baseM - heightM * BATTER) * 100) / 100;
}

function checkWidths(baseM, heightM) {
  const top = topWidth(baseM, heightM);
  if (top < 0.3) {
    return { ok: false, top, reason: 'top too narrow for the copes' };
  }
  return { ok: true, top };
}

module.exports = { topWidth, checkWidths };
