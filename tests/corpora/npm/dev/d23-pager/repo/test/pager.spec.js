import assert from 'node:assert/strict';
import { GAP, pageInfo, pageLinks } from '../src/index.js';

describe('pageLinks', function () {
  it('shows the pages around the current one with gaps', function () {
    assert.deepEqual(pageLinks(5, 10), [1, GAP, 4, 5, 6, GAP, 10]);
    assert.deepEqual(pageLinks(5, 10, 2), [1, GAP, 3, 4, 5, 6, 7, GAP, 10]);
  });

  it('leaves no gap next to the first or last page', function () {
    assert.deepEqual(pageLinks(1, 10), [1, 2, GAP, 10]);
    assert.deepEqual(pageLinks(3, 10), [1, 2, 3, 4, GAP, 10]);
    assert.deepEqual(pageLinks(9, 10), [1, GAP, 8, 9, 10]);
    assert.deepEqual(pageLinks(10, 10), [1, GAP, 9, 10]);
  });

  it('handles one or two pages and a current page out of range', function () {
    assert.deepEqual(pageLinks(1, 1), [1]);
    assert.deepEqual(pageLinks(2, 2), [1, 2]);
    assert.deepEqual(pageLinks(42, 4), [1, GAP, 3, 4]);
  });
});

describe('pageInfo', function () {
  it('says which items a page shows', function () {
    assert.deepEqual(pageInfo({ total: 95, page: 3, pageSize: 10 }), {
      page: 3,
      pages: 10,
      from: 21,
      to: 30,
      hasPrevious: true,
      hasNext: true,
    });
    assert.deepEqual(pageInfo({ total: 95, page: 10, pageSize: 10 }).to, 95);
    assert.equal(pageInfo({ total: 95, page: 10, pageSize: 10 }).hasNext, false);
  });

  it('has one empty page for no items and refuses pages that do not exist', function () {
    assert.deepEqual(pageInfo({ total: 0, page: 1, pageSize: 20 }), {
      page: 1,
      pages: 1,
      from: 0,
      to: 0,
      hasPrevious: false,
      hasNext: false,
    });
    assert.throws(() => pageInfo({ total: 10, page: 2, pageSize: 10 }), RangeError);
    assert.throws(() => pageInfo({ total: 10, page: 1, pageSize: 0 }), /positive integer/);
  });
});
