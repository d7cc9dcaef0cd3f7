import { cleanIsbn, isValidIsbn13 } from './isbn.js';
import { askingPrice, byShelf, shelfList, shelfValue } from './shelves.js';

export { cleanIsbn, isValidIsbn13, askingPrice, byShelf, shelfList, shelfValue };

export function intake(books) {
  const accepted = books.filter((book) => isValidIsbn13(book.isbn));
  return { accepted: accepted.length, rejected: books.length - accepted.length, value: shelfValue(accepted) };
}
