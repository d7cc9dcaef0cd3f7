const { formatCents } = require('./money');

function summary(lots) {
  return lots.map((lot) => {
    const result = lot.result();
    const outcome = result.sold
      ? `${result.winner} pays ${formatCents(result.price)}`
      : `unsold (reserve ${formatCents(lot.reserve)})`;
    const bids = lot.validBids().length;
    return `${lot.id} ${lot.title}: ${outcome} (${bids} valid ${bids === 1 ? 'bid' : 'bids'})`;
  });
}

module.exports = { summary };
