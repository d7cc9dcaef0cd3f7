import assert from 'node:assert/strict';
import { brightestStop, burnHours, festivalNights, festivalOrder, lightsFor } from '../src/index.js';

describe('lanterns', () => {
  it('knows how long each light burns', () => {
    assert.equal(burnHours('tealight'), 4);
    assert.equal(burnHours('oil'), 12);
  });

  it('orders lights for every lantern of every kind', () => {
    assert.deepEqual(lightsFor({ tealight: 10, candle: 2 }, 5, 1), [
      { kind: 'tealight', lights: 20 },
      { kind: 'candle', lights: 2 },
    ]);
  });
});

describe('route', () => {
  it('counts the first and last evenings', () => {
    assert.equal(festivalNights(3, 5), 3);
    assert.equal(festivalNights(7, 7), 1);
  });

  it('finds the brightest stop of the parade', () => {
    const stops = [
      { name: 'bridge', lanterns: 30 },
      { name: 'square', lanterns: 85 },
      { name: 'quay', lanterns: 60 },
    ];
    assert.equal(brightestStop(stops).name, 'square');
  });

  it('orders the lights for the whole festival', () => {
    assert.deepEqual(festivalOrder({ oil: 4 }, 6, 10, 12), [{ kind: 'oil', lights: 12 }]);
  });
});
