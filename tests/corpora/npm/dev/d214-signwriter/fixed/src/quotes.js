const { paintMinutes } = require('./lettering');

const HOURLY_PENCE = 4200;
const GOLD_LEAF_FACTOR = 1.5;

// Orders come from a spreadsheet export: the gilded column holds the text "yes" or "no".
function quote(order) {
  const gilded = order.gilded === 'yes';
  let pence = Math.ceil((paintMinutes(order.text, order.heightMm) * HOURLY_PENCE) / 60);
  if (gilded) pence = Math.round(pence * GOLD_LEAF_FACTOR);
  const deposit = order.deposit ?? null;
  return { text: order.text, gilded, pence, due: deposit === null ? pence : pence - deposit };
}

function quoteAll(orders) {
  return orders.map(quote).sort((a, b) => b.pence - a.pence);
}

module.exports = { quote, quoteAll };
