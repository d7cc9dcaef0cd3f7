// Second-hand prices by condition, as a share of the cover price.
const CONDITION_SHARE = { fine: 0.5, good: 0.35, worn: 0.2 };

export function askingPrice(book) {
  const share = CONDITION_SHARE[book.condition] ?? 0.2;
  return Math.max(1, Math.round(book.coverPrice * share));
}

export function shelfValue(books) {
  return books.map((book) => { return askingPrice(book); }).reduce((sum, price) => sum + price, 0);
}

export function byShelf(books) {
  const shelves = new Map();
  for (const book of books) {
    const shelf = shelves.get(book.genre) ?? [];
    shelf.push(book.title);
    shelves.set(book.genre, shelf);
  }
  return shelves;
}

// The shelves as a plain object, for the stall's printed list.
export function shelfList(books) {
  return Object.fromEntries(byShelf(books).entries);
}
