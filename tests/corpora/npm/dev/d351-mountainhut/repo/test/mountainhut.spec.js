import assert from 'node:assert/strict';
import { book, cost, freeBeds, hutByName, nights, weatherAt } from '../src/index.js';

describe('huts', () => {
  it('finds a hut by name', () => {
    assert.equal(hutByName('Rossa').altitude, 2850);
    assert.throws(() => hutByName('Gnifetti'), /no hut called Gnifetti/);
  });

  it('counts the free beds', async () => {
    const bookings = [
      { hut: 'Rossa', guests: 12 },
      { hut: 'Vignettes', guests: 4 },
      { hut: 'Rossa', guests: 8 },
    ];
    assert.equal(await freeBeds(hutByName('Rossa'), bookings), 20);
  });

  it('tells glacier huts from the rest', async () => {
    assert.equal(await weatherAt(hutByName('Vignettes')), 'glacier');
    assert.equal(await weatherAt(hutByName('Zsigmondy')), 'alpine');
  });
});

describe('booking', () => {
  it('counts the nights', () => {
    assert.equal(nights('2026-07-10', '2026-07-13'), 3);
    assert.equal(nights('2026-07-31', '2026-08-01'), 1);
  });

  it('prices the stay with half board', () => {
    assert.equal(cost(hutByName('Rossa'), '2026-07-10', '2026-07-13', 2), 618);
  });

  it('books a hut with room', async () => {
    const request = { guests: 2, arrive: '2026-07-10', leave: '2026-07-13' };
    assert.deepEqual(await book('Vignettes', request, []), { ok: true, weather: 'glacier', cost: 672 });
  });

  it('turns a party away from a full hut', async () => {
    const request = { guests: 2, arrive: '2026-07-10', leave: '2026-07-11' };
    assert.deepEqual(await book('Rossa', request, [{ hut: 'Rossa', guests: 39 }]), { ok: false, reason: '1 beds free' });
  });
});
