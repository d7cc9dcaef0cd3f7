const { parseCount } = require('./labels');
const { yardsPerSkein } = require('./skeins');

// Skeins to wind for a pattern's yardage, a whole skein for what is left over.
function skeinsFor(label, yardsNeeded, skeinGrams = 100) {
  const perSkein = yardsPerSkein(parseCount(label), skeinGrams);
  return { perSkein, skeins: Math.ceil(yardsNeeded / perSkein) };
}

module.exports = { skeinsFor };
