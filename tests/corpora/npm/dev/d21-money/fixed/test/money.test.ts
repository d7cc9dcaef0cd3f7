import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { add, format, fromCents, multiply, parse, subtract } from '../src/money';

describe('money', () => {
  it('parses amounts into minor units', () => {
    assert.deepEqual(parse('12.34', 'usd'), { cents: 1234, currency: 'USD' });
    assert.deepEqual(parse('-0.5', 'EUR'), { cents: -50, currency: 'EUR' });
    assert.deepEqual(parse('1500', 'JPY'), { cents: 1500, currency: 'JPY' });
    assert.throws(() => parse('1.234', 'USD'), /too many decimals/);
    assert.throws(() => parse('12,00', 'USD'), /not an amount/);
  });

  it('adds and subtracts in one currency only', () => {
    assert.equal(add(parse('0.10', 'USD'), parse('0.20', 'USD')).cents, 30);
    assert.equal(subtract(parse('5', 'GBP'), parse('7.25', 'GBP')).cents, -225);
    assert.throws(() => add(parse('1', 'USD'), parse('1', 'EUR')), /cannot mix/);
  });

  it('rounds half away from zero when multiplying', () => {
    assert.equal(multiply(fromCents(250, 'USD'), 0.07).cents, 18);
    assert.equal(multiply(fromCents(-250, 'USD'), 0.07).cents, -18);
    assert.equal(multiply(fromCents(1999, 'EUR'), 0.5).cents, 1000);
  });

  it('formats with the currency symbol, grouping and sign', () => {
    assert.equal(format(fromCents(123456789, 'USD')), '$1,234,567.89');
    assert.equal(format(fromCents(5, 'EUR')), '€0.05');
    assert.equal(format(fromCents(-123456, 'GBP')), '-£1,234.56');
    assert.equal(format(fromCents(-1500, 'JPY')), '-¥1,500');
    assert.equal(format(fromCents(-7, 'KWD')), '-KD 0.007');
  });

  it('refuses fractions of a cent and unknown currencies', () => {
    assert.throws(() => fromCents(1.5, 'USD'), RangeError);
    assert.throws(() => fromCents(1, 'XYZ'), /unknown currency/);
  });
});
