import { test } from 'node:test';
import assert from 'node:assert/strict';
import { label, price } from '../src/orders.js';

const SMALL = { id: 7, blocks: 4, lengthM: 2.5, heightM: 1.5, finish: 'tooled' };
const LARGE = { id: 8, blocks: 10, lengthM: 2, heightM: 1.6, finish: 'sawn' };

test('prices the dressed faces, every square metre beyond twenty at a tenth off', () => {
  assert.equal(price(SMALL), 975);
  assert.equal(price(LARGE), 1232);
});

test('labels an order for the yard', () => {
  assert.equal(label(SMALL), 'Order 7: 15 m2 tooled');
});
