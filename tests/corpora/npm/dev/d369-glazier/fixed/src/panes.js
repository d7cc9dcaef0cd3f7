'use strict';

// Glass is cut short of the rebate on every side so that it can move with the frame.
const CLEARANCE_MM = 3;

function parseSize(size) {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
}

function paneFor(size) {
  const { width, height } = parseSize(size);
  return { width: width - 2 * CLEARANCE_MM, height: height - 2 * CLEARANCE_MM };
}

function areaM2(pane) {
  return (pane.width * pane.height) / 1e6;
}

module.exports = { CLEARANCE_MM, parseSize, paneFor, areaM2 };
