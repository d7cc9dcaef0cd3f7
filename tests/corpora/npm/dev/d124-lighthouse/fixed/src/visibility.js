'use strict';

// Nautical miles in a kilometre: a nautical mile is 1852 m exactly.
const NM_PER_KM = 1 / 1.852;

// How far the light shows over the curve of the earth, in nautical miles (heights in metres).
function geographicRange(lightHeightM, eyeHeightM) {
  return 2.08 * (Math.sqrt(lightHeightM) + Math.sqrt(eyeHeightM));
}

// The nearest of the horizon, the light's nominal range and (if reported) the meteorological visibility.
function visibleRange(light, eyeHeightM, meteoKm) {
  const ranges = [geographicRange(light.heightM, eyeHeightM), light.nominalNm];
  if (meteoKm !== undefined) {
    ranges.push(meteoKm * NM_PER_KM);
  }
  return Math.round(Math.min(...ranges) * 10) / 10;
}

function inSight(lights, eyeHeightM, distancesNm) {
  return lights
    .filter((light) => distancesNm[light.name] <= visibleRange(light, eyeHeightM))
    .map((light) => light.name);
}

module.exports = { geographicRange, visibleRange, inSight };
