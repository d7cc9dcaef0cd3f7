// A wine is at its best from a number of years after its vintage until a later number of years.
function drinkingWindow(wine) {
  return [wine.vintage + wine.from, wine.until];
}

function readyToDrink(cellar, year) {
  return cellar
    .filter((wine) => {
      const [start, end] = drinkingWindow(wine);
      return year >= start && year <= end;
    })
  .map((wine) => wine.name);
}

function pastItsBest(cellar, year) {
  return cellar.filter((wine) => drinkingWindow(wine)[1] < year).map((wine) => wine.name);
}

module.exports = { drinkingWindow, pastItsBest, readyToDrink };
