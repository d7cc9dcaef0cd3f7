import assert from 'node:assert/strict';
import { Shed, Tray } from '../src/index.js';

describe('a tray', () => {
  it('counts the days since sowing across a month end', () => {
    assert.equal(new Tray('basil', '2026-03-28', [[1]]).daysSince('2026-04-09'), 12);
  });

  it('knows a tray of the same crop and layout', () => {
    const chard = new Tray('chard', '2026-04-01', [[1, 0], [1, 1]]);
    assert.equal(chard.sameAs(new Tray('chard', '2026-04-03', [[1, 0], [1, 1]])), true);
    assert.equal(chard.sameAs(new Tray('chard', '2026-04-01', [[1, 1], [1, 1]])), false);
  });
});

describe('the shed', () => {
  it('pots on the trays that are ready and keeps the rest', () => {
    const shed = new Shed('north');
    shed.sow('basil', '2026-03-28', [[1, 1, 0], [1, 0, 1]]);
    shed.sow('chilli', '2026-04-05', [[1, 1], [0, 1]]);
    assert.deepEqual(shed.potOn('2026-04-12', 14), ['basil']);
    assert.equal(shed.sown, 10);
    assert.equal(shed.potted, 4);
    assert.equal(shed.trays.length, 1);
  });
});
