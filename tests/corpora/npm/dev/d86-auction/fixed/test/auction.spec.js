const assert = require('node:assert/strict');
const { cents, formatCents, openAuction, placeBid, summary } = require('../src');

const CATALOGUE = `
  A1 | Teapot | 50
  A2 | Clock | 120.00
  A3 | Rug | 80.5
  A4 | Lamp | 20
`;

function bidding() {
  const lots = openAuction(CATALOGUE);
  placeBid(lots, 'A1', 'ann', '100', 1);
  placeBid(lots, 'A1', 'bob', '99.50', 2);
  placeBid(lots, 'A2', 'cy', '150', 3);
  placeBid(lots, 'A2', 'ann', '130', 4);
  placeBid(lots, 'A2', 'bob', '150', 5);
  placeBid(lots, 'A3', 'dee', '60', 6);
  placeBid(lots, 'A4', 'ann', '35', 7);
  return lots;
}

describe('money', () => {
  it('is counted in cents', () => {
    assert.deepEqual(['50', '120.00', '80.5', '0.07'].map(cents), [5000, 12000, 8050, 7]);
    assert.equal(formatCents(8050), '80.50');
    assert.equal(formatCents(7), '0.07');
    assert.throws(() => cents('12,50'), /not an amount: 12,50/);
  });
});

describe('auction', () => {
  it('opens the catalogue', () => {
    const lots = openAuction(CATALOGUE);
    assert.deepEqual(lots.map((lot) => [lot.id, lot.title, lot.reserve]), [
      ['A1', 'Teapot', 5000],
      ['A2', 'Clock', 12000],
      ['A3', 'Rug', 8050],
      ['A4', 'Lamp', 2000],
    ]);
  });

  it('takes one sealed bid per bidder', () => {
    const lots = bidding();
    assert.throws(() => placeBid(lots, 'A1', 'bob', '120', 8), /bob has already bid on A1/);
    assert.throws(() => placeBid(lots, 'B9', 'bob', '120', 9), /no lot B9/);
  });

  it('sells at the second price', () => {
    const [teapot, clock, rug, lamp] = bidding().map((lot) => lot.result());
    assert.deepEqual(teapot, { sold: true, winner: 'ann', price: 10000 });
    assert.deepEqual(clock, { sold: true, winner: 'cy', price: 15000 });
    assert.deepEqual(rug, { sold: false });
    assert.deepEqual(lamp, { sold: true, winner: 'ann', price: 2000 });
  });

  it('reports the sale', () => {
    assert.deepEqual(summary(bidding()), [
      'A1 Teapot: ann pays 100.00 (2 valid bids)',
      'A2 Clock: cy pays 150.00 (3 valid bids)',
      'A3 Rug: unsold (reserve 80.50) (0 valid bids)',
      'A4 Lamp: ann pays 20.00 (1 valid bid)',
    ]);
  });
});
