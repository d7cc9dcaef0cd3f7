const assert = require('node:assert/strict');
const { bearingLabel, describeLight, lastWatch, reciprocal, watchAt } = require('../src');

describe('lightship', () => {
  it('describes a light as the chart prints it', () => {
    assert.equal(describeLight('sevenstones'), 'Fl(3) 30s 15M');
    assert.equal(describeLight('varne'), 'Fl(1) 20s 19M');
  });

  it('finds the watch for an hour of the day', () => {
    assert.equal(watchAt(2).name, 'middle');
    assert.equal(watchAt(13).name, 'afternoon');
  });

  it('names the crew of the last watch', () => {
    assert.equal(lastWatch(), 'first: Bryce and Carne');
  });

  it('turns a bearing round', () => {
    assert.equal(reciprocal(45), 225);
    assert.equal(reciprocal(300), 120);
    assert.equal(bearingLabel(reciprocal(270)), '090');
  });
});
