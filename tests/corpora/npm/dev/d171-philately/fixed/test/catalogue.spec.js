import assert from 'node:assert/strict';
import { better, compareNumbers, conditionFactor, CONDITIONS, parseNumber, PRICES } from '../src/index.js';

describe('catalogue', () => {
  it('reads a catalogue number with its variety letter', () => {
    assert.deepEqual(parseNumber(' SG 12a'), { prefix: 'SG', number: 12, variety: 'a' });
    assert.deepEqual(parseNumber('SG100'), { prefix: 'SG', number: 100, variety: '' });
    assert.throws(() => parseNumber('12a'), /not a catalogue number/);
  });

  it('orders numbers as the catalogue does', () => {
    assert.ok(compareNumbers('SG 9', 'SG 12') < 0);
    assert.ok(compareNumbers('SG 12a', 'SG 12') > 0);
    assert.ok(compareNumbers('MS 500', 'SG 1') < 0);
  });

  it('loads the price list next to the module', () => {
    assert.equal(PRICES.size, 7);
    assert.equal(PRICES.get('SG 12a'), 12500);
  });
});

describe('condition', () => {
  it('lists six conditions from mint down', () => {
    assert.deepEqual(CONDITIONS, ['mint', 'lightly hinged', 'hinged', 'fine used', 'used', 'damaged']);
  });

  it('prices a copy by its condition', () => {
    assert.equal(conditionFactor('fine used'), 0.35);
    assert.throws(() => conditionFactor('toString'), /unknown condition/);
  });

  it('keeps the better of two copies', () => {
    assert.equal(better('used', 'hinged'), 'hinged');
    assert.equal(better('mint', 'mint'), 'mint');
  });
});
