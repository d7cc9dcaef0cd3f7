import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binCount, freedmanDiaconis, histogram, interquartileRange, mean, quantile, render, sturges } from '../src/index';

const AGES = [23, 25, 31, 35, 35, 38, 41, 42, 44, 47, 52, 55, 58, 61, 64, 70];

describe('statistics', () => {
  it('takes means and interpolated quantiles', () => {
    assert.equal(mean([1, 2, 3, 4]), 2.5);
    assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
    assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
    assert.equal(quantile([10, 20], 0.1), 11);
    assert.equal(quantile([7], 0.9), 7);
    assert.equal(interquartileRange(AGES), 20.75);
    assert.throws(() => quantile([], 0.5), RangeError);
    assert.throws(() => mean([]), RangeError);
  });
});

describe('bins', () => {
  it('counts bins by Sturges, Freedman-Diaconis or by hand', () => {
    assert.equal(sturges(16), 5);
    assert.equal(sturges(100), 8);
    assert.equal(sturges(1000), 11);
    assert.equal(freedmanDiaconis(AGES, 23, 70), 3);
    assert.equal(binCount(AGES, 4, 23, 70), 4);
    assert.throws(() => binCount(AGES, 0, 23, 70), RangeError);
  });

  it('puts each value in its bin, the largest in the last', () => {
    const bins = histogram([1, 2, 2, 3, 3, 3, 4, 4, 5], 4);
    assert.deepEqual(bins, [
      { lo: 1, hi: 2, count: 1 },
      { lo: 2, hi: 3, count: 2 },
      { lo: 3, hi: 4, count: 3 },
      { lo: 4, hi: 5, count: 3 },
    ]);
    assert.deepEqual(
      histogram(AGES).map((bin) => bin.count),
      [3, 4, 3, 3, 3],
    );
    assert.deepEqual(histogram([7, 7, 7]), [{ lo: 7, hi: 7, count: 3 }]);
    assert.deepEqual(histogram([]), []);
  });

  it('draws the bins as bars', () => {
    assert.equal(
      render(histogram([1, 2, 2, 3, 3, 3, 4, 4, 5], 4), 6),
      ['[1.0, 2.0) ## 1', '[2.0, 3.0) #### 2', '[3.0, 4.0) ###### 3', '[4.0, 5.0) ###### 3'].join('\n'),
    );
    assert.equal(render([{ lo: 0, hi: 1, count: 0 }]), '[0.0, 1.0) 0');
  });
});
