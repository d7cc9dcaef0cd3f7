const { breakingStrength, combinedDiameter, fibreSpec } = require('./strength');

function layRope(name, fibre, ...strands) {
  if (strands.length < 3) throw new Error(`${name}: a laid rope needs three strands`);
  const diameterMm = combinedDiameter(...strands);
  const strengthKn = breakingStrength(diameterMm, fibre);
  return { name, fibre, diameterMm, strengthKn, safeLoadKn: Math.floor(strengthKn / fibreSpec(fibre).safety) };
}

function strongestFor(loadKn, ropes) {
  const fit = ropes.filter((rope) => rope.safeLoadKn >= loadKn);
  return fit.length ? fit.reduce((best, rope) => (rope.diameterMm < best.diameterMm ? rope : best)).name : null;
}

module.exports = { layRope, strongestFor };
