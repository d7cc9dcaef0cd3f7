const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { parseCsv } = require('../src');

describe('parseCsv', () => {
  it('splits rows and fields', () => {
    assert.deepEqual(parseCsv('a,b,c\n1,2,3\n'), [['a', 'b', 'c'], ['1', '2', '3']]);
    assert.deepEqual(parseCsv('a,b\r\n1,2'), [['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields', () => {
    assert.deepEqual(parseCsv('a,,c\n,\n'), [['a', '', 'c'], ['', '']]);
  });

  it('reads quoted fields with delimiters, line breaks and doubled quotes', () => {
    const text = 'name,quote\n"Smith, J.","He said ""hi""\nand left"\n';
    assert.deepEqual(parseCsv(text), [['name', 'quote'], ['Smith, J.', 'He said "hi"\nand left']]);
    assert.deepEqual(parseCsv('"""quoted"""'), [['"quoted"']]);
  });

  it('takes another delimiter', () => {
    assert.deepEqual(parseCsv('a;b\n"1;5";2', { delimiter: ';' }), [['a', 'b'], ['1;5', '2']]);
    assert.throws(() => parseCsv('a', { delimiter: '"' }), /invalid delimiter/);
  });

  it('refuses a quote that is never closed', () => {
    assert.throws(() => parseCsv('a,"b\n'), /not closed/);
  });

  it('reads nothing from an empty text', () => {
    assert.deepEqual(parseCsv(''), []);
  });
});
