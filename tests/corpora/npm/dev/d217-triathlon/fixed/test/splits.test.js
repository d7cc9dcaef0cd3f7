import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatTime, parseResult, toSeconds } from '../src/splits.js';

describe('splits', () => {
  it('reads chip times, dropping the tenths', () => {
    assert.equal(toSeconds('25:41.7'), 1541);
    assert.equal(toSeconds('1:02:03'), 3723);
    assert.equal(formatTime(3723), '1:02:03');
  });

  it('reads a result line and adds the transitions to the total', () => {
    assert.deepEqual(parseResult('112;12:30.4;1:15;1:05:10;0:50;42:05.9'), {
      bib: 112,
      swim: 750,
      bike: 3910,
      run: 2525,
      total: 7310,
    });
  });
});
