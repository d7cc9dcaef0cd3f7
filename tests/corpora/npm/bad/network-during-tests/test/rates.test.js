const { test } = require('node:test');
const assert = require('node:assert/strict');
const { fetchRate } = require('../src/rates');

test('the live rate is a number', async () => {
  assert.equal(typeof (await fetchRate('EUR')), 'number');
});
