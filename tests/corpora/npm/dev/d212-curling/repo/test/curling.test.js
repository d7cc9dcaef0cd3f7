const { bookSheet, describeSheet, gameScore, scoreEnd } = require('../src');

describe('ends', () => {
  test('scores the stones nearer than the other team\'s best', () => {
    const stones = [
      { team: 'red', distance: 12 },
      { team: 'red', distance: 40 },
      { team: 'yellow', distance: 55 },
      { team: 'red', distance: 90 },
    ];
    expect(scoreEnd(stones)).toEqual({ team: 'red', points: 2 });
  });

  test('leaves an end blank when no stone is in the house', () => {
    expect(scoreEnd([{ team: 'yellow', distance: 200 }])).toEqual({ team: null, points: 0 });
  });

  test('adds up a game', () => {
    const ends = [
      [{ team: 'yellow', distance: 30 }],
      [{ team: 'red', distance: 5 }, { team: 'red', distance: 8 }, { team: 'yellow', distance: 300 }],
      [],
    ];
    expect(gameScore(ends)).toEqual({ red: 2, yellow: 1 });
  });
});

describe('sheets', () => {
  const sheetA = { name: 'A', booked: [18], teams: ['Kilsyth'] };

  test('books the free hours of a sheet', () => {
    const booked = bookSheet(sheetA, 'Dunblane', [19, 20]);
    expect(booked.booked).toEqual([18, 19, 20]);
    expect(describeSheet(booked)).toBe('Sheet A: Kilsyth, Dunblane');
    expect(describeSheet({ name: 'B', booked: [], teams: [] })).toBe('Sheet B: free');
  });

  test('refuses an hour already taken, and a booking without hours', () => {
    expect(() => bookSheet(sheetA, 'Dunblane', [18])).toThrow('sheet A cannot be booked by Dunblane');
    expect(() => bookSheet(sheetA, 'Dunblane', [])).toThrow('sheet A cannot be booked by Dunblane');
  });
});
