import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canServe } from '../src/menu.js';
import { bill, change, split } from '../src/till.js';

describe('menu', () => {
  it('serves breakfast until half past eleven', () => {
    assert.equal(canServe('full breakfast', '9:05'), true);
    assert.equal(canServe('eggs royale', '11:30'), true);
    assert.equal(canServe('eggs royale', '11:31'), false);
    assert.equal(canServe('cream tea', '8:45'), true);
    assert.throws(() => canServe('kedgeree', '9:00'), /not on the menu: kedgeree/);
  });
});

describe('till', () => {
  it('totals a bill and refuses breakfast after hours', () => {
    assert.equal(bill(['full breakfast', 'pot of tea', 'pot of tea'], '9:40'), 1850);
    assert.throws(() => bill(['full breakfast', 'cream tea'], '14:10'), /not served at 14:10: full breakfast/);
  });

  it('splits a bill, the first guests paying the odd pence', () => {
    assert.deepEqual(split(2450, 3), ['£8.17', '£8.17', '£8.16']);
    assert.deepEqual(split(0, 2), ['£0.00', '£0.00']);
  });

  it('gives change to the nearest five pence', () => {
    assert.equal(change(2000, 1850), '£1.50');
    assert.equal(change(1850, 1852), '£0.00');
    assert.throws(() => change(1000, 1850), /£8.50 still to pay/);
  });
});
