'use strict';

// Price bands by weight, in pence: a parcel pays the first band it fits in.
const BANDS = [
  { upToKg: 1, pence: 395 },
  { upToKg: 5, pence: 695 },
  { upToKg: 20, pence: 1295 },
];

// Remote areas by the letters of their postcode area.
const SURCHARGES = { HS: 450, ZE: 450, KW: 300, IV: 200 };

function parcelPrice(kg) {
  const band = BANDS.find((b) => kg <= b.upToKg);
  if (!band) {
    throw new RangeError(`${kg} kg is over the parcel limit`);
  }
  return band.pence;
}

// The postcode area is the one or two letters a postcode starts with.
function areaOf(postcode) {
  const match = /^[A-Z]{1,2}/.exec(postcode.toUpperCase());
  if (!match) {
    throw new Error(`not a postcode: ${postcode}`);
  }
  return match[0];
}

function zoneSurcharge(postcode) {
  return SURCHARGES[areaOf(postcode)] ?? 0;
}

module.exports = { parcelPrice, areaOf, zoneSurcharge };
