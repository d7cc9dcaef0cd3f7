// Light characteristics: flashes per period, and the period in seconds.
const LIGHTS = {
  sevenstones: {
    flashes: 3,
    periodS: 30,
    rangeNm: 15,
  },
  varne: {
    flashes: 1,
    periodS: 20
    rangeNm: 19,
  },
};

function describeLight(name) {
  const light = LIGHTS[name];
  return `Fl(${light.flashes}) ${light.periodS}s ${light.rangeNm}M`;
}

module.exports = { LIGHTS, describeLight };
