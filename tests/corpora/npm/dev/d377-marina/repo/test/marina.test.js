import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Harbour, berthFor, mooringFee, nightsBetween } from '../src/index.js';

const pontoon = [
  { id: 'A1', lengthM: 12 },
  { id: 'A2', lengthM: 8 },
  { id: 'A3', lengthM: 10 },
];

describe('berths', () => {
  it('gives a boat the shortest free berth she fits', () => {
    assert.equal(berthFor(7.5, pontoon, new Set()), 'A2');
    assert.equal(berthFor(7.5, pontoon, new Set(['A2'])), 'A3');
    assert.equal(berthFor(13, pontoon, new Set()), null);
  });
});

describe('fees', () => {
  it('counts the nights between arrival and departure', () => {
    assert.equal(nightsBetween('2026-08-03', '2026-08-05'), 2);
    assert.equal(nightsBetween('2026-08-03', '2026-08-03'), 0);
  });

  it('charges by the metre, part metres rounded up', () => {
    assert.equal(mooringFee(9.2, 2), 50);
  });
});

describe('harbour', () => {
  it('moors boats and bills them as they leave', () => {
    const harbour = new Harbour(pontoon);
    assert.equal(harbour.arrive({ name: 'Tern', lengthM: 9.2 }, '2026-08-03'), 'A3');
    assert.equal(harbour.arrive({ name: 'Puffin', lengthM: 7 }, '2026-08-04'), 'A2');
    assert.deepEqual(harbour.depart('Tern', '2026-08-05'), { name: 'Tern', berth: 'A3', nights: 2, fee: 50 });
  });

  it('tells the harbourmaster when no berth is free', () => {
    const turnedAway = [];
    const harbour = new Harbour(pontoon, { onFull: (boat) => turnedAway.push(boat.name) });
    harbour.arrive({ name: 'Skua', lengthM: 11 }, '2026-08-03');
    assert.equal(harbour.arrive({ name: 'Gannet', lengthM: 11.5 }, '2026-08-03'), null);
    assert.deepEqual(turnedAway, ['Gannet']);
    assert.equal(new Harbour(pontoon).arrive({ name: 'Ark', lengthM: 30 }, '2026-08-03'), null);
  });
});
