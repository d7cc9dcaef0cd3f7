'use strict';

const { bottlesFrom, primingSugarG } = require('./volume');
const { packCrates } = require('./crates');

function bottlingRun({ litres, bottleMl, perCrate, sugarPerLitre }) {
  const bottles = bottlesFrom(litres, bottleMl);
  return { bottles, sugarG: primingSugarG(litres, sugarPerLitre), crates: packCrates(bottles, perCrate) };
}

module.exports = { bottlingRun, bottlesFrom, primingSugarG, packCrates };
