import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanName, finishers, matsCrossed, rankByTime } from '../src/results.js';

const READS = [
  { bib: 7, mat: 'start' },
  { bib: 12, mat: 'start' },
  { bib: 7, mat: 'half' },
  { bib: 7, mat: 'half' },
  { bib: 12, mat: 'half' },
  { bib: 3, mat: 'start' },
  { bib: 12, mat: 'finish' },
  { bib: 3, mat: 'start' },
  { bib: 3, mat: 'half' },
  { bib: 3, mat: 'finish' },
];

describe('results', () => {
  it('takes the runner emoji out of a name', () => {
    assert.equal(cleanName('🏃 Ana Ruiz 🏅'), 'Ana Ruiz');
  });

  it('counts each mat once for a bib read twice', () => {
    assert.deepEqual([...matsCrossed(READS)], [[7, 2], [12, 3], [3, 3]]);
  });

  it('lists the finishers by bib', () => {
    assert.deepEqual(finishers(READS, 3), [3, 12]);
  });

  it('ranks the finish times, the ten-hour walkers last', () => {
    const results = [
      { bib: 3, time: '3:05:12' },
      { bib: 12, time: '2:58:40' },
      { bib: 40, time: '10:02:05' },
      { bib: 7, time: '4:11:00' },
    ];
    assert.deepEqual(rankByTime(results), [12, 3, 7, 40]);
  });
});
