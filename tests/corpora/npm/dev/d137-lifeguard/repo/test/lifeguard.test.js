import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chairOf, closures, maxBathers, Pool, rota, waterProblems } from '../src/index.js';

const GUARDS = ['Aoife', 'Kwame', 'Lena'];
const CHAIRS = ['deep end', 'shallow end'];

describe('rota', () => {
  it('rotates the guards every twenty minutes', () => {
    const slots = rota(GUARDS, CHAIRS, 60);
    assert.equal(slots.length, 3);
    assert.deepEqual(slots[1].seated, [
      { chair: 'deep end', guard: 'Kwame' },
      { chair: 'shallow end', guard: 'Lena' },
    ]);
  });

  it('gives every guard a break in turn', () => {
    const slots = rota(GUARDS, CHAIRS, 60);
    assert.equal(chairOf(slots, 'Lena', 5), 'break');
    assert.equal(chairOf(slots, 'Aoife', 25), 'break');
    assert.equal(chairOf(slots, 'Aoife', 45), 'shallow end');
  });
});

describe('water', () => {
  it('checks chlorine and pH', () => {
    assert.deepEqual(waterProblems({ chlorinePpm: 1.5, ph: 7.4 }), []);
    assert.deepEqual(waterProblems({ chlorinePpm: 0.6, ph: 8.1 }), ['chlorine', 'pH']);
  });

  it('lists the readings that close the pool', () => {
    const readings = [
      { time: '07:00', chlorinePpm: 1.8, ph: 7.5 },
      { time: '12:00', chlorinePpm: 3.4, ph: 7.6 },
      { time: '17:00', chlorinePpm: 2.1, ph: 7.1 },
    ];
    assert.deepEqual(closures(readings), ['12:00 chlorine', '17:00 pH']);
  });
});

describe('bathers', () => {
  it('is limited by the guards and by the water', () => {
    const pool = new Pool(25, 12.5);
    assert.equal(pool.areaM2, 312.5);
    assert.equal(maxBathers(pool, 2), 50);
    assert.equal(maxBathers(pool, 6), 104);
  });
});
