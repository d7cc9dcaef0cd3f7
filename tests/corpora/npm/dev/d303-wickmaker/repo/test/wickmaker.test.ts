import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { batch, cost, parseLength, recent, Wick } from '../src';

const DAY = [
  batch('pillar', 'cotton', '2.5 m'),
  batch('taper', 'hemp', '80 cm'),
  batch('jar', 'wood', '1 m'),
];

describe('wickmaker', () => {
  it('reads lengths in metres and centimetres', () => {
    assert.equal(parseLength('2.5 m'), 2.5);
    assert.equal(parseLength('80 cm'), 0.8);
  });

  it('prices a wick by the metre, rounding up to the penny', () => {
    assert.equal(new Wick('linen', 33).priceFor(1.5), 50);
    assert.equal(cost(DAY), 100 + 52 + 120);
    assert.throws(() => batch('votive', 'silk', '1 m'), /no silk wick/);
  });

  it('lists the most recent batches, none when asked for none', () => {
    assert.deepEqual(recent(DAY, 2), ['taper', 'jar']);
    assert.deepEqual(recent(DAY, 5), ['pillar', 'taper', 'jar']);
    assert.deepEqual(recent(DAY, 0), []);
  });
});
