const { coatingPence } = require('./coatings');
const { priceFor } = require('/pricing');

const APPLE_PENCE = 25;

function quote(coating, apples) {
  const each = priceFor(coatingPence(coating, 1) + APPLE_PENCE);
  return { each, total: each * apples };
}

module.exports = { quote };
