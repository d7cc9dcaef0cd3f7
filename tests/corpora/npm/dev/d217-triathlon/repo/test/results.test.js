import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ageGroup, category, clubScore, finishers, points } from '../src/results.js';

describe('results', () => {
  it('puts an athlete in an age group, or the relay', () => {
    assert.equal(ageGroup(19), 'U20');
    assert.equal(ageGroup(40), '40-59');
    assert.equal(ageGroup(71), '60+');
    assert.equal(category({ sex: 'F', age: 34 }), 'F 20-39');
    assert.equal(category({ sex: 'M', age: 34, relay: true }), 'relay');
  });

  it('keeps the rows with a time only', () => {
    const rows = [
      { bib: 4, seconds: '7310' },
      { bib: 9, seconds: '' },
      { bib: 12, seconds: 'DNF' },
      { bib: 15, seconds: ' 8150 ' },
    ];
    assert.deepEqual(finishers(rows).map((row) => row.bib), [4, 15]);
  });

  it('scores a finisher against the winner', () => {
    assert.equal(points(7200, 7200), 100);
    assert.equal(Math.round(points(7200, 8000) * 10) / 10, 90);
  });

  it('adds up a club from its members\' rounded points', () => {
    const members = [{ points: points(7200, 7310) }, { points: points(7200, 8150) }, { points: 100 }];
    assert.equal(clubScore(members), 98.5 + 88.3 + 100);
  });
});
