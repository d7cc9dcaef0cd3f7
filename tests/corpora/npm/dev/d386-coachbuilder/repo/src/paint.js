'use strict';

// A litre of coach enamel covers this many square metres in one coat.
const COVERAGE_M2_PER_L = 9;
const TIN_L = 0.75;

function panelArea(panels) {
  let total = 0;
  for (const panel of panels) total += panel.widthM * panel.heightM;
  return total;
}

// Enamel is sold in whole tins, so the litres are rounded up to the tin.
function tinsFor(panels, coats) {
  const litres = (panelArea(panels) * coats) / COVERAGE_M2_PER_L;
  return Math.ceil(litres) / TIN_L;
}

module.exports = { COVERAGE_M2_PER_L, TIN_L, panelArea, tinsFor };
