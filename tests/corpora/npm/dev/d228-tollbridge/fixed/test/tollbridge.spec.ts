import assert from 'node:assert/strict';
import { anonymise, boothCounts, longestWait, tolls, Vehicle } from '../src/index.js';
import type { Crossing } from '../src/index.js';

const DAY: Crossing[] = [
  { plate: 'SK21 ABC', vehicle: Vehicle.Car, axles: 2, booth: 'north' },
  { plate: 'LX70 HGV', vehicle: Vehicle.Lorry, axles: 5, booth: 'south' },
  { plate: 'YA19 VAN', vehicle: Vehicle.Van, axles: 2, booth: 'north' },
  { plate: 'MB05 RDR', vehicle: Vehicle.Motorbike, axles: 2, booth: 'north' },
];

describe('tolls', () => {
  it('charges a lorry for its extra axles', () => {
    assert.equal(tolls.single(DAY[0]), 200);
    assert.equal(tolls.single(DAY[1]), 600 + 3 * 150);
    assert.equal(tolls.single({ ...DAY[1], axles: 2 }), 600);
  });

  it('adds up a day of crossings', () => {
    assert.equal(tolls.daily(DAY), 200 + 1050 + 350 + 100);
  });
});

describe('booths', () => {
  it('counts the crossings at each booth', () => {
    assert.deepEqual(boothCounts(DAY), { north: 3, south: 1 });
  });

  it('reports the longest wait, and none for an empty booth', () => {
    assert.equal(longestWait([35, 240, 90]), 240);
    assert.equal(longestWait([]), 0);
  });

  it('leaves the plates out of the yearly report', () => {
    const report = anonymise(DAY.slice(0, 2));
    assert.deepEqual(report, [
      { vehicle: 'car', axles: 2, booth: 'north' },
      { vehicle: 'lorry', axles: 5, booth: 'south' },
    ]);
    assert.equal(DAY[0].plate, 'SK21 ABC');
  });
});
