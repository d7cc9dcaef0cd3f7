'use strict';

// Price of seasoned timber, per cubic decimetre, by species.
const PRICE_PER_DM3 = { ash: 0.9, beech: 0.8, walnut: 2.4, yew: 3.1 };

// A bowl blank is a disc cut from the plank: its volume in cubic decimetres.
function blankVolumeDm3(diameterMm, depthMm) {
  return (Math.PI * (diameterMm / 2) ** 2 * depthMm) / 1e6;
}

function blankPrice(species, diameterMm, depthMm) {
  const rate = PRICE_PER_DM3[species];
  if (rate === undefined) throw new Error(`no price for ${species}`);
  return Math.round(blankVolumeDm3(diameterMm, depthMm) * rate * 100) / 100;
}

module.exports = { PRICE_PER_DM3, blankVolumeDm3, blankPrice };
