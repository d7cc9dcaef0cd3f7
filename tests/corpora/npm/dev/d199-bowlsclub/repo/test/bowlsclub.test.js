const { allowance, drawFor, playMatch, scoreEnd, startingScore } = require('../src');

const ann = { name: 'Ann', handicap: 2 };
const bob = { name: 'Bob', handicap: 12 };
const cy = { name: 'Cy', handicap: 8 };

describe('ends', () => {
  test('counts the shots nearer than the other side\'s best', () => {
    const bowls = [
      { side: 'home', cm: 12 },
      { side: 'home', cm: 40 },
      { side: 'away', cm: 31 },
      { side: 'home', cm: 25 },
    ];
    expect(scoreEnd(bowls)).toEqual({ side: 'home', shots: 2 });
  });

  test('scores nothing for a measured tie', () => {
    expect(scoreEnd([{ side: 'home', cm: 20 }, { side: 'away', cm: 20 }])).toEqual({ side: null, shots: 0 });
  });
});

describe('handicaps', () => {
  test('gives the weaker player three quarters of the difference', () => {
    expect(allowance(ann, bob)).toBe(8);
    expect(startingScore(ann, bob)).toEqual({ home: 0, away: 8 });
  });

  test('gives the shots to the home side when it is the weaker', () => {
    expect(allowance(bob, cy)).toBe(-3);
    expect(startingScore(bob, cy)).toEqual({ home: 3, away: 0 });
  });
});

describe('matches', () => {
  const ends = [
    [{ side: 'home', cm: 10 }, { side: 'away', cm: 30 }, { side: 'home', cm: 20 }],
    [{ side: 'away', cm: 5 }, { side: 'home', cm: 15 }],
    [{ side: 'home', cm: 8 }, { side: 'away', cm: 9 }],
  ];

  test('adds the handicap start, a half rounded up, to the shots of every end', () => {
    expect(playMatch({ home: cy, away: ann, ends })).toEqual({ home: 8, away: 1, winner: 'Cy' });
  });

  test('takes penalty shots off', () => {
    const card = { home: ann, away: ann, ends, penalties: { foot: { side: 'home', shots: 3 } } };
    expect(playMatch(card)).toEqual({ home: 0, away: 1, winner: 'Ann' });
  });

  test('refuses a card with a handicap off the club\'s scale', () => {
    expect(() => playMatch({ home: { name: 'Dee', handicap: 36 }, away: ann, ends })).toThrow(/handicap out of range: Dee/);
  });

  test('finds the next draw', () => {
    expect(drawFor(1200)).toBe(1330);
    expect(() => drawFor(1900)).toThrow(/no draw/);
  });
});
