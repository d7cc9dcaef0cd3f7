import assert from 'node:assert/strict';
import { average, fromMpg, legs, parseFill, parseLog, report, toMpg } from '../src/index.js';

const LOG = `
  2026-03-01  12000 km  40.00 L  68.00  full
  2026-03-09  12550 km  36.00 L  63.00  full
  2026-03-15  12800 km  10.00 L  18.50
  2026-03-22  13150 km  28.00 L  49.00  full
  2026-03-31  13500 km  30.00 L  51.00
`;

describe('fill-ups', () => {
  it('are read from the log', () => {
    assert.deepEqual(parseFill('2026-03-15  12800 km  10.00 L  18.50'), {
      date: '2026-03-15',
      odometer: 12800,
      litres: 10,
      cost: 18.5,
      full: false,
    });
    assert.equal(parseLog(LOG).length, 5);
    assert.throws(() => parseFill('2026-03-15 12800 mi 10 L 18.50'), SyntaxError);
    assert.throws(() => parseLog('2026-03-01 100 km 1 L 2 full\n2026-03-02 90 km 1 L 2 full'), RangeError);
  });
});

describe('consumption', () => {
  it('is measured from one full tank to the next', () => {
    assert.deepEqual(legs(parseLog(LOG)), [
      { from: '2026-03-01', to: '2026-03-09', km: 550, litresPer100: 6.55 },
      { from: '2026-03-09', to: '2026-03-22', km: 600, litresPer100: 6.33 },
    ]);
    assert.deepEqual(legs(parseLog('2026-03-01 100 km 5 L 9')), []);
  });

  it('is averaged over the distance', () => {
    assert.equal(average(legs(parseLog(LOG))), 6.44);
    assert.equal(average([]), null);
  });

  it('converts to miles per gallon', () => {
    assert.equal(toMpg(6.44), 36.5);
    assert.equal(toMpg(6.44, 'uk'), 43.9);
    assert.equal(fromMpg(30), 7.84);
  });
});

describe('the report', () => {
  it('sums the month', () => {
    assert.deepEqual(report(parseLog(LOG)), {
      days: 30,
      km: 1500,
      spent: 181.5,
      pricePerLitre: 1.745,
      litresPer100: 6.44,
      mpg: 36.5,
    });
  });
});
