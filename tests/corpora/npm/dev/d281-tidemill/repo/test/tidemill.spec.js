import assert from 'node:assert/strict';
import { board, highest, springGates, tidesSince } from '../src/index.js';

const LOG = [
  { at: '2026-03-01T06:10:00Z', heightM: 4.1 },
  { at: '2026-03-01T18:32:00Z', heightM: 4.4 },
  { at: '2026-03-02T06:55:00Z', heightM: 4.0 },
];

describe('gates', () => {
  it('opens the spring-tide gates', () => {
    assert.deepEqual(springGates(), ['North', 'Middle', 'Race']);
  });

  it('prints the open gates in bold on the board', () => {
    assert.equal(board(['South']), 'North | Middle | \u001b[1mSouth\u001b[0m | Race');
  });
});

describe('log', () => {
  it('lists the tides since a given time', () => {
    assert.deepEqual(
      tidesSince(LOG, new Date('2026-03-01T12:00:00Z')).map((entry) => entry.heightM),
      [4.4, 4.0],
    );
  });

  it('finds the highest tide', () => {
    assert.equal(highest(LOG).at, '2026-03-01T18:32:00Z');
  });
});
