'use strict';

// An iron tyre is forged a little short of the wheel's rim and shrunk on hot.
const SHRINK_MM = 12;

function rimMm(diameterMm) {
  return Math.round(Math.PI * diameterMm);
}

function tyreLengthMm(diameterMm) {
  return rimMm(diameterMm) - SHRINK_MM;
}

module.exports = { SHRINK_MM, rimMm, tyreLengthMm };
