const assert = require('node:assert/strict');
const { convert, format } = require('../src/convert');

describe('convert', function () {
  it('celsius to fahrenheit', function () {
    assert.equal(convert(100, 'C', 'F'), 212);
  });

  it('fahrenheit to celsius', function () {
    assert.equal(convert(212, 'F', 'C'), 100);
  });

  it('absolute zero is allowed', function () {
    assert.equal(convert(0, 'K', 'C'), -273.15);
  });

  it('below absolute zero is refused', function () {
    assert.throws(() => convert(-1, 'K', 'C'), RangeError);
  });

  it('unknown scales are refused', function () {
    assert.throws(() => convert(1, 'C', 'X'), /unknown scale X/);
  });
});

describe('format', function () {
  it('one decimal and the scale', function () {
    assert.equal(format(21.456, 'C'), '21.5 °C');
  });
});
