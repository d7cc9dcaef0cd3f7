const { Library } = require('../src/library');

const start = new Date('2024-03-01T12:00:00Z');
const later = (days) => new Date(start.getTime() + days * 24 * 60 * 60 * 1000);

test('a loan is due in two weeks', () => {
  const library = new Library(['Dune']);
  expect(library.checkout('Dune', 'ada', start).toISOString()).toBe('2024-03-15T12:00:00.000Z');
});

test('a book on loan cannot be lent twice', () => {
  const library = new Library(['Dune']);
  library.checkout('Dune', 'ada', start);
  expect(library.checkout('Dune', 'bob', start)).toBeNull();
  expect(library.available()).toEqual([]);
});

test('returning on the due date costs nothing', () => {
  const library = new Library(['Dune', 'Emma']);
  library.checkout('Dune', 'ada', start);
  expect(library.giveBack('Dune', later(14))).toBe(0);
  expect(library.available()).toEqual(['Dune', 'Emma']);
});

test('each late day costs a quarter', () => {
  const library = new Library(['Dune']);
  library.checkout('Dune', 'ada', start);
  expect(library.giveBack('Dune', later(18))).toBe(1);
});
