import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanStrain, daysGrowing, humidityRange, parseBatch, readyToPick } from '../src';
import type { Farm } from '../src';

const FARM: Farm = {
  rooms: [
    { number: 1, humidity: 92 },
    { number: 2, humidity: 81 },
  ],
  strains: {
    'blue oyster': { fruitingDays: 14, minHumidity: 85 },
    "lion's mane": { fruitingDays: 21, minHumidity: 88 },
    shiitake: { fruitingDays: 10, minHumidity: 80 },
  },
};

const BATCHES = [
  'BO-01, Blue Oyster (grey), 1, 2026-03-01',
  "LM-02, Lion's Mane, 1, 2026-03-05",
  'SH-03, Shiitake (log), 2, 2026-03-10',
  'BO-04, Blue Oyster, 2, 2026-03-01',
].map(parseBatch);

describe('batches', () => {
  it('drops every remark from a strain name, keeping the words between them', () => {
    assert.equal(cleanStrain('Blue Oyster (grey)'), 'blue oyster');
    assert.equal(cleanStrain("Lion's Mane (Hericium) on oak (bag 7)"), "lion's mane on oak");
  });

  it('reads a batch line', () => {
    assert.equal(BATCHES[2].strain, 'shiitake');
    assert.equal(BATCHES[2].room, 2);
    assert.equal(daysGrowing(BATCHES[2], new Date('2026-03-24T08:00:00Z')), 14);
  });
});

describe('harvest', () => {
  it('gives the range of the rooms\' humidity', () => {
    assert.deepEqual(humidityRange(FARM.rooms), [81, 92]);
  });

  it('picks the batches that have grown long enough in a humid enough room', () => {
    assert.deepEqual(readyToPick(FARM, BATCHES, new Date('2026-03-20T12:00:00Z')), ['BO-01', 'SH-03']);
    assert.deepEqual(readyToPick(FARM, BATCHES, new Date('2026-03-26T12:00:00Z')), ['BO-01', 'LM-02', 'SH-03']);
  });
});
