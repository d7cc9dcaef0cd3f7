import assert from 'node:assert/strict';
import { convertLength, parseLength } from '../src/units.js';

describe('convertLength', function () {
  it('kilometres to metres', function () {
    assert.equal(convertLength(2, 'km', 'm'), 2000);
  });

  it('feet to inches', function () {
    assert.equal(Math.round(convertLength(1, 'ft', 'in') * 1000) / 1000, 12);
  });

  it('refuses unknown units', function () {
    assert.throws(() => convertLength(1, 'mi', 'm'), /unknown unit mi/);
  });
});

describe('parseLength', function () {
  it('reads a number and a unit', function () {
    assert.deepEqual(parseLength(' 12.5 cm '), { value: 12.5, unit: 'cm' });
  });

  it('refuses text without a unit', function () {
    assert.throws(() => parseLength('12'), /cannot read/);
  });
});
