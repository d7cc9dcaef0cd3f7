const { cents } = require('./money');
const { Lot } = require('./lot');

// The catalogue: one lot a line, 'id | title | reserve'.
function openAuction(catalogue) {
  const lots = [];
  for (const line of catalogue.split('\n')) {
    if (!line.trim()) continue;
    const [id, title, reserve] = line.split('|').map((part) => part.trim());
    const reserveCents = cents(reserve);
    lots.push(new Lot(id, title, reserveCents));
  }
  return lots;
}

function placeBid(lots, id, bidder, amount, at) {
  const lot = lots.find((candidate) => candidate.id === id);
  if (!lot) throw new Error(`no lot ${id}`);
  lot.place(bidder, cents(amount), at);
}

module.exports = { openAuction, placeBid };
