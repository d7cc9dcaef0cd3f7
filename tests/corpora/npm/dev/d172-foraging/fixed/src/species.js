'use strict';

// Seasons run between two months, 1-12 and inclusive; a winter season wraps round the new year.
const SPECIES = new Map([
  ['chanterelle', { months: [7, 10], edible: true, limitGrams: 1500 }],
  ['porcini', { months: [8, 11], edible: true, limitGrams: 1500 }],
  ['wood-ear', { months: [11, 3], edible: true, limitGrams: 500 }],
  ['wild-garlic', { months: [2, 5], edible: true, limitGrams: 1000 }],
  ['death-cap', { months: [7, 11], edible: false, limitGrams: 0 }],
]);

function speciesOf(name) {
  const species = SPECIES.get(name);
  if (!species) {
    throw new Error(`unknown species: ${name}`);
  }
  return species;
}

function inSeason(name, month) {
  const [from, to] = speciesOf(name).months;
  return from <= to ? month >= from && month <= to : month >= from || month <= to;
}

module.exports = { SPECIES, speciesOf, inSeason };
