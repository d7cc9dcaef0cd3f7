const { createHash } = require('node:crypto');
const { treeFor, widestPoint, leatherPrice } = require('./saddles');

const MADE_TO_MEASURE_PENCE = 45000;

// Fields of the order book's CSV export are quoted, with any quote inside doubled.
const escape = (text) => `"${String(text).replaceAll('"', '""')}"`;

// The workshop files each quote under a short fingerprint of the order, so a repeated order finds its quote again.
function fingerprint(order) {
  return createHash('sha256').update(JSON.stringify(order)).digest('hex').slice(0, 12);
}

function quoteOrder(order) {
  const ref = fingerprint(order);
  const widestCm = widestPoint(order.withersCm);
  const tree = treeFor(widestCm);
  const pence = leatherPrice(order.leather) + (tree === 'made to measure' ? MADE_TO_MEASURE_PENCE : 0);
  return { ref, horse: order.horse, widestCm, tree, pence };
}

function csvLine(quote) {
  return [quote.ref, quote.horse, quote.tree, (quote.pence / 100).toFixed(2)].map(escape).join(',');
}

module.exports = { fingerprint, quoteOrder, csvLine };
