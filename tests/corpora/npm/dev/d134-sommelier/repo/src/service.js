const { drinkingWindow, readyToDrink } = require('./cellar');

const SERVING_C = require('./data');
const GLASS_ML = 150;

function servingTemperature(wine) {
  const celsius = SERVING_C[wine.style];
  if (celsius === undefined) throw new Error(`unknown style: ${wine.style}`);
  return celsius;
}

function bottlesFor(guests, glassesEach, bottleMl = 750) {
  return Math.ceil((guests * glassesEach * GLASS_ML) / bottleMl);
}

// Tonight's list: the wines ready this year, coolest served first so they are opened last.
function winesForTonight(cellar, year) {
  const ready = new Set(readyToDrink(cellar, year));
  return cellar
    .filter((wine) => ready.has(wine.name))
    .map((wine) => ({ name: wine.name, celsius: servingTemperature(wine) }))
    .sort((a, b) => a.celsius - b.celsius);
}

module.exports = { bottlesFor, servingTemperature, winesForTonight };
