'use strict';

const { parseCharacteristic } = require('./characteristic');

const FLASH_SECONDS = 0.5;
const COLOURS = { W: 'white', R: 'red', G: 'green' };
const KINDS = { Fl: 'flashing', Q: 'quick flashing', Iso: 'isophase', Oc: 'occulting' };

// Seconds of light in one period: an isophase light is lit half the time, an occulting one all but its eclipses.
function litSeconds(light) {
  if (light.kind === 'Iso') {
    return light.period / 2;
  }
  if (light.kind === 'Oc') {
    return light.period - light.flashes * FLASH_SECONDS;
  }
  return light.flashes * FLASH_SECONDS;
}

function dutyCycle(text) {
  const light = parseCharacteristic(text);
  return Math.round((litSeconds(light) / light.period) * 1000) / 1000;
}

function describeLight(text) {
  const light = parseCharacteristic(text);
  const group = light.flashes > 1 ? ` in groups of ${light.flashes}` : '';
  return `${COLOURS[light.colour]} ${KINDS[light.kind]}${group}, every ${light.period} s`;
}

module.exports = { dutyCycle, describeLight };
