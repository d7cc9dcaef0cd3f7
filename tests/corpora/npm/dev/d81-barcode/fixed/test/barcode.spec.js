import assert from 'node:assert/strict';
import { checkDigit, complete, country, decode, encode, isValid } from '../src/index.js';

describe('check digits', () => {
  it('are computed from the payload', () => {
    assert.equal(checkDigit('400638133393'), 1);
    assert.equal(complete('590123412345'), '5901234123457');
    assert.equal(complete('761234567890'), '7612345678900');
    assert.throws(() => checkDigit('12a4'), /not digits/);
    assert.throws(() => complete('12345'), /12 digits, not 5/);
  });

  it('validate whole codes', () => {
    assert.equal(isValid('4006381333931'), true);
    assert.equal(isValid('4006381333932'), false);
    assert.equal(isValid('7612345678900'), true);
    assert.equal(isValid('01234565'), true);
    assert.equal(isValid('400638133393'.slice(0, 10)), false);
  });
});

describe('EAN-13 modules', () => {
  it('are drawn with guards and both halves', () => {
    const modules = encode('4006381333931');
    assert.equal(modules.length, 95);
    assert.equal(modules.slice(0, 3), '101');
    assert.equal(modules.slice(45, 50), '01010');
    assert.equal(modules.slice(-3), '101');
    assert.equal(modules.slice(3, 17), '00011010100111');
    assert.equal(modules.slice(-10, -3), '1100110');
  });

  it('are read back', () => {
    for (const code of ['4006381333931', '5901234123457', '7612345678900', '0123456789012']) {
      assert.equal(decode(encode(code)), code);
    }
  });

  it('reject a damaged digit', () => {
    const modules = encode('5901234123457');
    const damaged = modules.slice(0, 10) + (modules[10] === '0' ? '1' : '0') + modules.slice(11);
    assert.throws(() => decode(damaged), /unreadable digit 2/);
    assert.throws(() => decode('101'), /95 modules, not 3/);
  });
});

describe('prefixes', () => {
  it('name the issuing country', () => {
    assert.equal(country('4006381333931'), 'Germany');
    assert.equal(country('7612345678900'), 'Switzerland');
    assert.equal(country('9780306406157'), 'Bookland (ISBN)');
    assert.equal(country('036000291452'), 'US and Canada');
    assert.equal(country('2000000000008'), null);
  });
});
