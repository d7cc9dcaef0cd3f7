import assert from 'node:assert/strict';
import { clock, finishers, naismith, pace, podium } from '../src/index.js';

const ROWS = [
  { runner: 'Ann', minutes: 95 },
  { runner: 'Bo', minutes: 88 },
  { runner: 'Ann', minutes: 90 },
  { runner: 'Cy', minutes: 101 },
  { runner: 'Di', minutes: 130 },
];

describe('naismith', () => {
  it('adds an hour per 5 km and an hour per 600 m of climb', () => {
    assert.equal(naismith(10, 600), 180);
    assert.equal(naismith(8, 900), 186);
  });
});

describe('results', () => {
  it('keeps each runner once, at their best', () => {
    assert.deepEqual(
      finishers(ROWS).map((r) => `${r.runner} ${r.minutes}`),
      ['Bo 88', 'Ann 90', 'Cy 101', 'Di 130'],
    );
  });

  it('writes the podium with clock times', () => {
    assert.deepEqual(podium(ROWS), ['1. Bo 1:28', '2. Ann 1:30', '3. Cy 1:41']);
  });
});

describe('format', () => {
  it('writes minutes as a clock and a pace', () => {
    assert.equal(clock(61), '1:01');
    assert.equal(pace(12, 90), '7.5 min/km');
  });
});
