import assert from 'node:assert/strict';
import { flourKg, sacksOf, Windmill } from '../src/index.js';
import type { MillSpec, Order } from '../src/index.js';

const spec: MillSpec = { name: 'Heage', kgPerHour: 120, minWindMs: 4, maxWindMs: 14 };
const orders: Order[] = [
  { kind: 'wheat', kg: 200, extraction: 0.75 },
  { kind: 'wheat', kg: 90, extraction: 1 },
  { kind: 'rye', kg: 61 },
];

describe('flour', () => {
  it('sifts wheat to its extraction and rye to its grade', () => {
    assert.deepEqual(orders.map(flourKg), [150, 90, 51]);
  });

  it('fills 25 kg sacks', () => {
    assert.deepEqual(sacksOf(291), { full: 11, leftKg: 16 });
  });
});

describe('windmill', () => {
  it('grinds the grains it is set up for', () => {
    const mill = new Windmill(spec, ['wheat', 'rye']);
    assert.deepEqual(mill.run(orders), { flourKg: 291, full: 11, leftKg: 16 });
  });

  it('takes the name of a single grain', () => {
    const mill = new Windmill(spec, 'wheat');
    assert.equal(mill.grinds('wheat'), true);
    assert.equal(mill.grinds('rye'), false);
    assert.throws(() => mill.run(orders), /Heage does not grind rye/);
  });

  it('mills slower in a light wind and not at all in a gale', () => {
    const mill = new Windmill(spec, 'wheat');
    assert.equal(mill.hoursFor(orders, 10), 2.9);
    assert.equal(mill.hoursFor(orders, 6), 3.9);
    assert.equal(mill.hoursFor(orders, 15), Infinity);
  });
});
