const assert = require('node:assert/strict');
const { openingPence, parseLandings, parseLot, sell, sellAll } = require('../src');

const LANDINGS = 'L-1042;cod;A;12,5\nL-1043;haddock;b;8\n\nL-1044;plaice;C;20,25\n';
const BUYERS = [
  { name: 'Nordfisk', limits: { cod: 700, haddock: 480 } },
  { name: 'Harbour Fry', limits: { cod: 760, plaice: 300 } },
];

describe('landings', () => {
  it('reads the lots, decimal commas and all', () => {
    assert.deepEqual(parseLandings(LANDINGS), [
      { id: 'L-1042', species: 'cod', grade: 'A', kg: 12.5 },
      { id: 'L-1043', species: 'haddock', grade: 'B', kg: 8 },
      { id: 'L-1044', species: 'plaice', grade: 'C', kg: 20.25 },
    ]);
  });

  it('refuses a lot without a weight', () => {
    assert.throws(() => parseLot('L-1045;cod;A;'), /bad lot/);
  });
});

describe('auction', () => {
  it('opens the clock by species, grade and weight', () => {
    assert.equal(openingPence({ species: 'haddock', grade: 'B', kg: 8 }), 4800);
  });

  it('sells each lot to the first buyer whose limit the clock reaches', async () => {
    assert.deepEqual(await sellAll(parseLandings(LANDINGS), BUYERS), [
      { lot: 'L-1042', buyer: 'Harbour Fry', pence: 9450 },
      { lot: 'L-1043', buyer: 'Nordfisk', pence: 3800 },
      { lot: 'L-1044', buyer: 'Harbour Fry', pence: 5990 },
    ]);
  });

  it('leaves a lot unsold when the clock reaches its floor', async () => {
    const [, , plaice] = parseLandings(LANDINGS);
    assert.deepEqual(await sell(plaice, [BUYERS[0]]), { lot: 'L-1044', buyer: null, pence: 0 });
  });
});
