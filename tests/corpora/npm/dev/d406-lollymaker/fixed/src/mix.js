// Fruit lollies: mostly juice, sweetened with sugar and sharpened with lemon.
const RECIPE = { juice: 0.92, sugar: 0.06, lemon: 0.02 };
// Filling the moulds spills a share of every batch, so the jug is mixed with that much over.
const SPILL = 0.15;

function mixFor(batches) {
  const grams = batches.reduce((sum, batch) => sum + batch.grams * batch.count * (1 + SPILL), 0);
  return Math.round(grams);
}

function recipeFor(grams) {
  return Object.fromEntries(Object.entries(RECIPE).map(([ingredient, share]) => [ingredient, Math.round(grams * share)]));
}

module.exports = { RECIPE, SPILL, mixFor, recipeFor };
