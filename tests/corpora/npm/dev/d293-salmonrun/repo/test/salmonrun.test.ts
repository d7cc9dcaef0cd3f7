import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { busiest, meanPerDay, share, summary } from '../src';

const RUNS = {
  Tay: [
    { date: '2026-09-01', fish: 120 },
    { date: '2026-09-02', fish: null },
    { date: '2026-09-03', fish: 80 },
  ],
  Spey: [
    { date: '2026-09-01', fish: 60 },
    { date: '2026-09-02', fish: 40 },
  ],
};

describe('the weir counts', () => {
  it('averages the days the counter was read', () => {
    assert.equal(meanPerDay(RUNS.Tay), 100);
  });

  it('sums up each river', () => {
    assert.deepEqual(summary(RUNS), ['Tay: 100 a day', 'Spey: 50 a day']);
  });

  it('gives each river its share of the run', () => {
    assert.equal(share(RUNS, 'Spey'), 33.3);
  });

  it('names the busiest day', () => {
    assert.equal(busiest(RUNS.Tay), '2026-09-01');
  });
});
