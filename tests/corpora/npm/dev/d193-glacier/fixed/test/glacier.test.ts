import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldSeason, glacierReport, parseReadings, stakeBalance } from '../src';

const CSV = `stake,date,exposedCm
S1,2025-06-02,40
S2,2025-06-02,55
S1,2025-07-14,118
S2,2025-07-14,102
S1,2025-08-25,187`;

describe('readings', () => {
  it('reads the stake lines', () => {
    assert.deepEqual(parseReadings(CSV)[2], { stake: 'S1', date: '2025-07-14', exposedCm: 118 });
    assert.throws(() => parseReadings('S3,2025-06-02,lots'), /bad reading/);
  });
});

describe('balance', () => {
  it('turns the melt of a stake into water', () => {
    assert.deepEqual(stakeBalance(parseReadings(CSV).filter((r) => r.stake === 'S2')), {
      stake: 'S2',
      days: 42,
      meltCm: 47,
      waterEquivalentMm: 428,
    });
  });

  it('reports the stakes, the most melt first', () => {
    assert.deepEqual(
      glacierReport(CSV).map((balance) => [balance.stake, balance.days, balance.waterEquivalentMm]),
      [
        ['S1', 84, 1338],
        ['S2', 42, 428],
      ],
    );
  });
});

describe('field season', () => {
  it('closes the season the given weeks after it opens', () => {
    assert.deepEqual(fieldSeason('2025-06-02', 12), { opens: '2025-06-02', closes: '2025-08-25', days: 84 });
  });
});
