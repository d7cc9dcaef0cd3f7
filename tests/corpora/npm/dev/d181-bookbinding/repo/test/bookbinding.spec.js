import assert from 'node:assert/strict';
import { blanks, bookSize, gather, leafSize, pagesPerSheet, sizeClass, stationsFor, threadLength } from '../src/index.js';

describe('paper', () => {
  it('halves the sheet at every fold', () => {
    assert.deepEqual(leafSize('A1', 0), [594, 841]);
    assert.deepEqual(leafSize('A1', 1), [420, 594]);
    assert.deepEqual(leafSize('A2', 3), [148, 210]);
    assert.throws(() => leafSize('B5', 1), /unknown sheet B5/);
  });

  it('names a book by the height of its page', () => {
    assert.equal(sizeClass(420), 'elephant folio');
    assert.equal(sizeClass(297), 'quarto');
    assert.equal(sizeClass(180), 'duodecimo');
  });
});

describe('signatures', () => {
  it('counts the pages a folded sheet carries', () => {
    assert.equal(pagesPerSheet(1), 4);
    assert.equal(pagesPerSheet(3), 16);
  });

  it('nests the sheets of a signature', () => {
    assert.deepEqual(gather(8, { sheetsPerSignature: 2 }), [
      [
        [1, 2, 7, 8],
        [3, 4, 5, 6],
      ],
    ]);
  });

  it('counts the blank pages at the back of the last signature', () => {
    assert.equal(blanks(10), 2);
    assert.equal(blanks(40, { sheetsPerSignature: 3 }), 8);
    assert.equal(blanks(48, { sheetsPerSignature: 3 }), 0);
  });

  it('gives the trimmed size of the book', () => {
    assert.deepEqual(bookSize('A3', 2), { width: 148, height: 210 });
  });
});

describe('sewing', () => {
  it('puts kettle stitches near the ends and tapes between', () => {
    assert.deepEqual(stationsFor(210), [12, 59, 105, 152, 198]);
    assert.throws(() => stationsFor(20), /too short/);
  });

  it('measures the thread for all-along sewing', () => {
    assert.equal(threadLength(5, 210), 1470);
  });
});
