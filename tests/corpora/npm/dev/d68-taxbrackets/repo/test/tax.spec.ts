import assert from 'node:assert/strict';
import { effectiveRate, incomeTax, marginalRate, parseBrackets, payslip } from '../src/index.js';

const BANDS = parseBrackets(`
  up to 12570: 0%
  up to 50270: 20%
  up to 125140: 40%
  above: 45%
`);

describe('brackets', () => {
  it('are read from their text and must rise', () => {
    assert.deepEqual(BANDS[1], { upTo: 50270, rate: 0.2 });
    assert.deepEqual(BANDS[3], { upTo: null, rate: 0.45 });
    assert.throws(() => parseBrackets('up to 100: 10%\nup to 50: 20%'), RangeError);
    assert.throws(() => parseBrackets('above: 10%\nabove: 20%'), RangeError);
    assert.throws(() => parseBrackets('over 100: 10%'), SyntaxError);
  });
});

describe('income tax', () => {
  it('taxes each part of the income at its own bracket', () => {
    assert.equal(incomeTax(10000, BANDS), 0);
    assert.equal(incomeTax(30000, BANDS), 3486);
    assert.equal(incomeTax(60000, BANDS), 11432);
    assert.equal(incomeTax(150000, BANDS), 48675);
  });

  it('gives the marginal and the effective rate', () => {
    assert.equal(marginalRate(60000, BANDS), 0.4);
    assert.equal(marginalRate(50000, BANDS), 0.2);
    assert.equal(marginalRate(1e7, BANDS), 0.45);
    assert.equal(effectiveRate(60000, BANDS), 0.1905);
    assert.equal(effectiveRate(0, BANDS), 0);
  });
});

describe('payslips', () => {
  it('take the allowance off before the tax', () => {
    assert.deepEqual(payslip(60000, BANDS, 2000), {
      taxable: 58000,
      tax: 10632,
      net: 49368,
      monthlyNet: 4114,
      effectiveRate: 0.1833,
    });
  });
});
