const { mixFor, recipeFor } = require('./mix');
const { dayMinutes, pourLabel } = require('./moulds');

function freezingDay(batches) {
  const grams = mixFor(batches);
  return {
    labels: batches.map(pourLabel),
    minutes: dayMinutes(batches),
    recipe: recipeFor(grams),
  };
}

module.exports = { freezingDay, dayMinutes, mixFor, pourLabel, recipeFor };
