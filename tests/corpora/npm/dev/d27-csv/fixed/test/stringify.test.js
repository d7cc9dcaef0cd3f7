const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { parseCsv, readCsv, stringifyCsv, writeCsv } = require('../src');

describe('stringifyCsv', () => {
  it('quotes only what needs it', () => {
    const rows = [['plain', 'a,b', 'say "hi"', ' padded', 'two\nlines', null, 3]];
    assert.equal(stringifyCsv(rows), 'plain,"a,b","say ""hi"""," padded","two\nlines",,3\r\n');
  });

  it('uses the delimiter and newline it is given', () => {
    assert.equal(stringifyCsv([['a;b', 'c']], { delimiter: ';', newline: '\n' }), '"a;b";c\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [['id', 'note'], ['1', 'He said "yes", then "no"'], ['2', 'line one\r\nline two']];
    assert.deepEqual(parseCsv(stringifyCsv(rows)), rows);
  });
});

describe('writeCsv', () => {
  it('writes a header and the records', () => {
    const records = [{ id: 1, name: 'Ann' }, { id: 2, name: 'Bob, Jr.' }];
    assert.equal(writeCsv(records), 'id,name\r\n1,Ann\r\n2,"Bob, Jr."\r\n');
    assert.deepEqual(readCsv(writeCsv(records, { columns: ['name'] })), [{ name: 'Ann' }, { name: 'Bob, Jr.' }]);
  });
});
