// A quire is a folded gathering of eight leaves; ink is mixed by the quire.
const QUIRE_LEAVES = 8;
const INK_ML_PER_LEAF = 3;
const INK_ML_PER_QUIRE = QUIRE_LEAVES * INK_ML_PER_LEAF;

function supplies(leaves) {
  const quires = Math.ceil(leaves / QUIRE_LEAVES);
  return { quires, inkMl: quires * INK_ML_PER_QUIRE };
}

module.exports = { supplies };
