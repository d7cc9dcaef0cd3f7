const { acesOf, addSet, callGame, newMatch, scoreline, serveStats, setWinner, setsWon, winner } = require('../src');

describe('games', () => {
  test('are called like the umpire does', () => {
    expect(callGame(0, 0)).toBe('love-all');
    expect(callGame(2, 1)).toBe('30-15');
    expect(callGame(0, 3)).toBe('love-40');
    expect(callGame(3, 3)).toBe('deuce');
    expect(callGame(5, 4)).toBe('advantage server');
    expect(callGame(6, 7)).toBe('advantage receiver');
    expect(callGame(4, 1)).toBe('game');
    expect(callGame(5, 7)).toBe('game');
  });
});

describe('sets', () => {
  test('need six games and two ahead, or seven', () => {
    expect(setWinner([6, 4])).toBe(0);
    expect(setWinner([3, 6])).toBe(1);
    expect(setWinner([6, 5])).toBeNull();
    expect(setWinner([7, 5])).toBe(0);
    expect(setWinner([6, 7])).toBe(1);
    expect(setWinner([4, 4])).toBeNull();
  });
});

describe('matches', () => {
  test('are won with two sets of three', () => {
    const match = newMatch(['Ines', 'Mara']);
    addSet(match, [6, 3]);
    expect(winner(match)).toBeNull();
    addSet(match, [4, 6]);
    addSet(match, [7, 6]);
    expect(setsWon(match)).toEqual([2, 1]);
    expect(winner(match)).toBe('Ines');
    expect(scoreline(match)).toBe('6-3 4-6 7-6');
    expect(() => addSet(match, [6, 0])).toThrow('the match is over');
  });

  test('of five sets need three', () => {
    const match = newMatch(['Ines', 'Mara'], 5);
    for (const games of [[2, 6], [6, 4], [3, 6], [7, 5]]) addSet(match, games);
    expect(winner(match)).toBeNull();
    addSet(match, [4, 6]);
    expect(winner(match)).toBe('Mara');
  });

  test('refuse unfinished sets', () => {
    expect(() => addSet(newMatch(['Ines', 'Mara']), [5, 4])).toThrow('set not finished: 5-4');
    expect(() => newMatch(['Ines'])).toThrow('two players');
  });
});

describe('serve statistics', () => {
  const log = [
    { server: 'Ines', first: true, won: true },
    { server: 'Ines', first: false, won: false },
    { server: 'Ines', first: true, won: false },
    { server: 'Ines', first: false, won: true },
    { server: 'Ines', first: true, won: true },
    { server: 'Mara', first: true, won: true },
    { server: 'Ines', first: false, won: true },
  ];

  test('give percentages of the points served', () => {
    expect(serveStats(log, 'Ines')).toEqual({ points: 6, firstIn: 50, firstWon: 67, secondWon: 67 });
    expect(serveStats(log, 'Mara')).toEqual({ points: 1, firstIn: 100, firstWon: 100, secondWon: 0 });
    expect(serveStats([], 'Ines')).toEqual({ points: 0, firstIn: 0, firstWon: 0, secondWon: 0 });
  });

  test('count aces', () => {
    expect(acesOf({ Mara: 4 }, ['Ines', 'Mara'])).toEqual([0, 4]);
  });
});
