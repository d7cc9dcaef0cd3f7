// Tempered couverture is worked at a set temperature, which depends on the chocolate.
const WORKING_CELSIUS = new Map([
  ['dark', 31],
  ['milk', 29],
  ['white', 28],
]);

function workingTemperatures(kinds) {
  return kinds.map((kind) => WORKING_CELSIUS.get(kind));
}

// How far each bowl is from its working temperature, in whole degrees; a half degree rounds away from zero,
// so that a bowl 2.5 degrees too cold is warmed by 3 like a bowl 2.5 degrees too warm is cooled by 3.
function corrections(bowls) {
  const targets = workingTemperatures(bowls.map((bowl) => bowl.kind));
  return bowls.map((bowl, i) => {
    const off = targets[i] - bowl.celsius;
    return Math.sign(off) * Math.round(Math.abs(off));
  });
}

module.exports = { workingTemperatures, corrections };
