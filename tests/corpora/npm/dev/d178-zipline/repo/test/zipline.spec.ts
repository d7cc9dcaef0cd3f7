import assert from 'node:assert/strict';
import { harnessSize, makeLine, Park, slopeDegrees, verdict } from '../src/index.js';

const valley = makeLine('Valley', 400, 35);
const racer = makeLine('Racer', 240, 20, true);
const park = () => new Park().open(valley).open(racer);

describe('lines', () => {
  it('builds a line and rejects a drop that does not fit', () => {
    assert.equal(racer.rig, 'twin');
    assert.throws(() => makeLine('Cliff', 50, 60), /does not fit/);
  });

  it('measures the slope in degrees', () => {
    assert.equal(Math.round(slopeDegrees(valley) * 10) / 10, 5);
    assert.equal(Math.round(slopeDegrees(makeLine('Flat', 300, 5)) * 10) / 10, 1);
  });

  it('judges whether a line can be ridden', () => {
    assert.equal(verdict(valley), 'rideable');
    assert.equal(verdict(makeLine('Flat', 300, 5)), 'stalls');
    assert.equal(verdict(makeLine('Drop', 100, 30)), 'too steep');
  });
});

describe('park', () => {
  it('opens only lines that can be ridden', () => {
    assert.throws(() => new Park().open(makeLine('Flat', 300, 5)), /Flat cannot open: it stalls/);
  });

  it('checks a rider against the limits of the line', () => {
    assert.equal(park().canRide('Valley', 110), true);
    assert.equal(park().canRide('Racer', 110), false);
    assert.equal(park().canRide('Racer', 25), false);
    assert.equal(harnessSize(72), 'M');
  });

  it('spaces the launches so that the braking zone is clear', () => {
    assert.deepEqual(park().launches('Valley', 3), [0, 70, 140]);
    assert.deepEqual(park().launches('Racer', 5), [0, 50, 100]);
  });

  it('writes the sign at the platform', () => {
    assert.equal(park().sign('Valley'), 'Valley: 400 m, 35 m drop');
    assert.equal(park().sign('Racer'), 'Racer: race a friend over 240 m');
  });
});
