import assert from 'node:assert/strict';
import { EventBus, Recorder } from '../src/index.js';

describe('Recorder', function () {
  it('records what is emitted on a bus', function () {
    const bus = new EventBus();
    const recorder = new Recorder({ bus });
    bus.emit('cart.item.added', { sku: 'pen' });
    bus.emit('cart.checkout', { total: 3 });
    assert.deepEqual(recorder.topics(), ['cart.item.added', 'cart.checkout']);
    assert.deepEqual(recorder.last('cart.checkout'), { total: 3 });
  });

  it('records only the topics of its pattern and keeps the last ones', function () {
    const bus = new EventBus();
    const recorder = new Recorder({ bus, pattern: 'log.*', limit: 2 });
    for (const level of ['debug', 'info', 'warn']) {
      bus.emit(`log.${level}`, level);
    }
    bus.emit('metrics.cpu', 0.5);
    assert.deepEqual(recorder.topics(), ['log.info', 'log.warn']);
    assert.equal(recorder.last('log.debug'), undefined);
  });

  it('makes its own bus when given none and can stop', function () {
    const recorder = new Recorder();
    recorder.bus.emit('a.b', 1);
    recorder.stop();
    recorder.bus.emit('a.b', 2);
    assert.equal(recorder.last('a.b'), 1);
  });
});
