import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { askingPrice, byShelf, shelfList, cleanIsbn, intake, isValidIsbn13, shelfValue } from '../src/index.js';

const books = [
  { title: 'Kidnapped', genre: 'adventure', isbn: '978-0-14-043740-9', coverPrice: 9, condition: 'good' },
  { title: 'Persuasion', genre: 'romance', isbn: '978 0 14 143968 6', coverPrice: 8, condition: 'fine' },
  { title: 'Lorna Doone', genre: 'adventure', isbn: '978-0-19-953-4', coverPrice: 12, condition: 'worn' },
  { title: 'Typo', genre: 'romance', isbn: '978-0-14-143968-9', coverPrice: 20, condition: 'fine' },
];

describe('isbn', () => {
  it('keeps only the digits of an ISBN', () => {
    assert.equal(cleanIsbn('978-0 14-043740-9'), '9780140437409');
  });

  it('checks the ISBN-13 check digit', () => {
    assert.equal(isValidIsbn13('9780140437409'), true);
    assert.equal(isValidIsbn13('978-0-14-143968-6'), true);
    assert.equal(isValidIsbn13('978-0-14-143968-9'), false);
    assert.equal(isValidIsbn13('978-0-19-953-4'), false);
  });
});

describe('shelves', () => {
  it('prices a book by its condition, a pound at least', () => {
    assert.equal(askingPrice(books[0]), 3);
    assert.equal(askingPrice(books[1]), 4);
    assert.equal(askingPrice({ coverPrice: 3, condition: 'worn' }), 1);
  });

  it('shelves the titles by genre', () => {
    assert.deepEqual([...byShelf(books).entries()], [
      ['adventure', ['Kidnapped', 'Lorna Doone']],
      ['romance', ['Persuasion', 'Typo']],
    ]);
  });

  it('lists the shelves for printing', () => {
    assert.deepEqual(shelfList(books.slice(0, 2)), { adventure: ['Kidnapped'], romance: ['Persuasion'] });
  });

  it('takes in the books with good ISBNs', () => {
    assert.equal(shelfValue(books.slice(0, 2)), 7);
    assert.deepEqual(intake(books), { accepted: 2, rejected: 2, value: 7 });
  });
});
