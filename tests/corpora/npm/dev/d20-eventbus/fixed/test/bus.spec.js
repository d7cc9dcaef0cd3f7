import assert from 'node:assert/strict';
import { EventBus } from '../src/index.js';

describe('EventBus', function () {
  it('calls listeners in subscription order with the payload and topic', function () {
    const bus = new EventBus();
    const calls = [];
    bus.on('order.created', (order, meta) => calls.push(['exact', order.id, meta.topic]));
    bus.on('order.*', (order) => calls.push(['pattern', order.id]));
    assert.equal(bus.emit('order.created', { id: 7 }), 2);
    assert.deepEqual(calls, [['exact', 7, 'order.created'], ['pattern', 7]]);
  });

  it('stops calling a listener once it is unsubscribed', function () {
    const bus = new EventBus();
    let count = 0;
    const off = bus.on('tick', () => count++);
    bus.emit('tick');
    off();
    bus.emit('tick');
    assert.equal(count, 1);
    assert.equal(bus.listenerCount('tick'), 0);
  });

  it('calls a once listener a single time', function () {
    const bus = new EventBus();
    const seen = [];
    bus.once('user.*', (user) => seen.push(user));
    bus.emit('user.created', 'ann');
    bus.emit('user.deleted', 'ann');
    assert.deepEqual(seen, ['ann']);
  });

  it('refuses to emit to a pattern or subscribe a non-function', function () {
    const bus = new EventBus();
    assert.throws(() => bus.emit('order.*'), /cannot emit to a pattern/);
    assert.throws(() => bus.on('order', 'handler'), TypeError);
  });

  it('waits for async listeners one after the other', async function () {
    const bus = new EventBus();
    const order = [];
    bus.on('job.done', async (job) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('slow');
      return `${job}: archived`;
    });
    bus.on('job.#', (job) => {
      order.push('fast');
      return `${job}: counted`;
    });
    const results = await bus.emitAsync('job.done', 'build');
    assert.deepEqual(results, ['build: archived', 'build: counted']);
    assert.deepEqual(order, ['slow', 'fast']);
  });
});
