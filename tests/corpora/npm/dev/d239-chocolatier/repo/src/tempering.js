// Tempering takes a chocolate through three temperatures: melted, cooled to seed the crystals, then worked.
const CURVES = {
  dark: [50, 27, 31],
  milk: [45, 26, 29],
  white: [40, 25, 28],
};

class Curve {
  constructor(kind) {
    if (!(kind in CURVES)) throw new Error(`no curve for ${kind}`);
    this.kind = kind;
  }

  [Symbol.iterator]() {
    const steps = CURVES[this.kind];
    let i = 0;
    return {
      next: () => (i < steps.length ? steps[i++] : { value: undefined, done: true }),
    };
  }
}

function workingTemperature(kind) {
  const [, , working] = new Curve(kind);
  return working;
}

// How far each bowl is from its working temperature, in whole degrees; a half degree rounds away from zero,
// so that a bowl 2.5 degrees too cold is warmed by 3 like a bowl 2.5 degrees too warm is cooled by 3.
function corrections(bowls) {
  return bowls.map((bowl) => {
    const off = workingTemperature(bowl.kind) - bowl.celsius;
    return Math.round(off);
  });
}

module.exports = { Curve, workingTemperature, corrections };
