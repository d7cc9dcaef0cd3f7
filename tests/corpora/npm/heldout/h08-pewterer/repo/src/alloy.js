// Lead-free pewter: mostly tin, hardened with antimony and copper.
const RECIPE = { tin: 0.92, antimony: 0.06, copper: 0.02 };
// Every casting wastes a little metal in its sprue, which goes back in the pot.
const SPRUE = 0.15;

function metalFor(castings) {
  const grams = castings.reduce((sum, casting) => sum + casting.grams * casting.count + SPRUE, 0);
  return Math.round(grams);
}

function recipeFor(grams) {
  return Object.fromEntries(Object.entries(RECIPE).map(([metal, share]) => [metal, Math.round(grams * share)]));
}

module.exports = { RECIPE, SPRUE, metalFor, recipeFor };
