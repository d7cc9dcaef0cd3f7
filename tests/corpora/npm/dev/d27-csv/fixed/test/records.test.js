const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { readCsv, toRecords } = require('../src');

describe('records', () => {
  it('keys each row by the header', () => {
    assert.deepEqual(readCsv('id,name\n1,Ann\n2,Bob\n'), [
      { id: '1', name: 'Ann' },
      { id: '2', name: 'Bob' },
    ]);
  });

  it('renames columns when asked', () => {
    assert.deepEqual(toRecords([['Customer ID', 'Full name'], ['7', 'Eve']], { columns: ['id', 'name'] }), [
      { id: '7', name: 'Eve' },
    ]);
  });

  it('says which row does not fit the header', () => {
    assert.throws(() => readCsv('id,name\n1,Ann\n2,Bob,extra\n'), /row 3 has 3 fields, the header has 2/);
  });

  it('has no records without rows', () => {
    assert.deepEqual(readCsv(''), []);
    assert.deepEqual(readCsv('id,name\n'), []);
  });
});
