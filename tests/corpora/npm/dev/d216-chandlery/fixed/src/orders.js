const { burnTime, pourWeight } = require('./wax');

const SIZES = { small: { diameterMm: 60, heightMm: 70 }, large: { diameterMm: 90, heightMm: 110 } };
const PENCE_PER_GRAM = { soy: 3, beeswax: 6, paraffin: 2 };
const SCENT_PENCE = 150;

// An order line reads "<count> <size> <wax> [scent ...]", words separated by any run of spaces.
function parseOrder(line) {
  const [count, size, blend, ...scents] = line.trim().split(/\s+/);
  return { count: Number(count), size, blend, scents };
}

function candle(order) {
  const { diameterMm, heightMm } = SIZES[order.size];
  const grams = pourWeight(diameterMm, heightMm);
  const pence = grams * PENCE_PER_GRAM[order.blend] + order.scents.length * SCENT_PENCE;
  return { grams, hours: burnTime(order.blend, grams), pence };
}

function priceLabel(order) {
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  return `${order.count} x ${order.size} ${order.blend}: ${money.format((order.count * candle(order).pence) / 100)}`;
}

module.exports = { candle, parseOrder, priceLabel };
