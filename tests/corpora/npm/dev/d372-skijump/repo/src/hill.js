'use strict';

// A jump to the K-point scores 60; every metre past it (or short of it) adds (or takes off) the hill's metre value.
function meterValue(kPoint) {
  if (kPoint < 100) return 2;
  if (kPoint < 170) return 1.8;
  return 1.2;
}

function distancePoints(distanceM, kPoint) {
  return Math.round((60 + (distanceM - kPoint) * meterValue(kPoint)) * 10) / 10;
}

modules.exports = { meterValue, distancePoints };
