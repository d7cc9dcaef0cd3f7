'use strict';

const { parcelPrice, zoneSurcharge, areaOf } = require('./rates/parcel');

// Labels read "<weight>kg to <postcode>", e.g. "2.5kg to EH3 9AB".
function parseLabel(label) {
  const [weight, postcode] = label.split(' to ');
  if (!weight.endsWith('kg') || !postcode) {
    throw new Error(`unreadable label: ${label}`);
  }
  const kg = parseFloat(weight);
  const code = postcode.trim().toUpperCase();
  return { kg, postcode: code, area: areaOf(code) };
}

function quote(label) {
  const { kg, postcode } = parseLabel(label);
  return parcelPrice(kg) + zoneSurcharge(postcode);
}

class Round {
  constructor(driver) {
    this.driver = driver;
    this.parcels = [];
  }

  add(label, { signature = false, valuePence = 0 } = {}) {
    this.parcels.push({ ...parseLabel(label), signature, valuePence });
    return this;
  }

  // A parcel is signed for when the sender asks for it or when it is worth more than £50.
  needsSignature(parcel) {
    if (parcel.signature) {
      return true;
    }
    return parcel.valuePence > 5000;
  }

  // Parcels grouped by the outward part of the postcode, so the van visits each district once.
  byDistrict() {
    const districts = new Map();
    for (const parcel of this.parcels) {
      const district = parcel.postcode.split(' ')[0];
      const list = districts.get(district) ?? [];
      list.push(parcel);
      districts.set(district, list);
    }
    return [...districts.entries()]
      .map(([district, parcels]) => ({
        district,
        parcels: parcels.length,
        signatures: parcels.filter((parcel) => this.needsSignature(parcel)).length,
      }))
      .sort((a, b) => a.district.localeCompare(b.district));
  }

  totalKg() {
    return this.parcels.reduce((sum, parcel) => sum + parcel.kg, 0);
  }
}

module.exports = { parseLabel, quote, Round };
