import assert from 'node:assert/strict';
import { matches } from '../src/pattern.js';

describe('topic patterns', function () {
  it('matches a topic to itself', function () {
    assert.equal(matches('order.created', 'order.created'), true);
    assert.equal(matches('order.created', 'order.paid'), false);
  });

  it('"*" stands for exactly one word', function () {
    assert.equal(matches('order.*', 'order.created'), true);
    assert.equal(matches('order.*', 'order'), false);
    assert.equal(matches('order.*', 'order.line.added'), false);
    assert.equal(matches('*.created', 'user.created'), true);
  });

  it('"#" stands for any number of words', function () {
    assert.equal(matches('order.#', 'order.line.added'), true);
    assert.equal(matches('#', 'anything.at.all'), true);
    assert.equal(matches('#.failed', 'payment.card.failed'), true);
  });

  it('gives the same answer when a pattern is used again', function () {
    for (let round = 0; round < 3; round++) {
      assert.equal(matches('user.*.deleted', 'user.42.deleted'), true);
      assert.equal(matches('user.*.deleted', 'user.42.created'), false);
    }
  });

  it('takes other characters literally', function () {
    assert.equal(matches('price.(usd)', 'price.(usd)'), true);
    assert.equal(matches('a+b.*', 'aab.x'), false);
  });
});
