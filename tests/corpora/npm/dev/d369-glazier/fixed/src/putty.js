'use strict';

const PUTTY_KG_PER_M = 0.12;

// Putty runs round the whole pane, all four edges.
function puttyKg(pane) {
  const perimeterM = (2 * (pane.width + pane.height)) / 1000;
  return Math.round(perimeterM * PUTTY_KG_PER_M * 100) / 100;
}

module.exports = { PUTTY_KG_PER_M, puttyKg };
