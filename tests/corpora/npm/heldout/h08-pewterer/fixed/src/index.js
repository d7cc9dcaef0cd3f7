const { metalFor, recipeFor } = require('./alloy');
const { dayMinutes, pourLabel } = require('./moulds');

function castingDay(castings) {
  const grams = metalFor(castings);
  return {
    labels: castings.map(pourLabel),
    minutes: dayMinutes(castings),
    recipe: recipeFor(grams),
  };
}

module.exports = { castingDay, dayMinutes, metalFor, pourLabel, recipeFor };
