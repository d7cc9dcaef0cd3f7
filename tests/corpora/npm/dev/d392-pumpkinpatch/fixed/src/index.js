const { GIANT_KG, priceOf, weighIn } = require('./weigh');
const { basketTotal, receipt } = require('./till');

function checkout(pumpkins) {
  return receipt(weighIn(pumpkins));
}

module.exports = { GIANT_KG, basketTotal, checkout, priceOf, receipt, weighIn };
