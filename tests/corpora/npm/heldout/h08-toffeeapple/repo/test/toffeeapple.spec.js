const assert = require('node:assert/strict');
const { quote } = require('../src/index');

describe('toffee apples', () => {
  it('prices a toffee apple so that 60% of the price is profit', () => {
    assert.deepEqual(quote('toffee', 1), { each: 150, total: 150 });
  });

  it('prices a dozen chocolate apples', () => {
    assert.deepEqual(quote('chocolate', 12), { each: 190, total: 2280 });
  });
});
