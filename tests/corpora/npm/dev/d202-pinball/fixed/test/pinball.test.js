const { highScores, playGame, replays, scoreBall } = require('../src');

const balls = [
  { player: 'AAA', hits: ['ramp', 'bumper'] },
  { player: 'BOB', hits: ['jackpot'], multiplier: 3 },
  { player: 'AAA', hits: ['spinner', 'spinner'], multiplier: 2 },
  { player: 'CYD', hits: ['bumper'], multiplier: 1.5 },
];

describe('table', () => {
  test('scores the hits of a ball with its multiplier', () => {
    expect(scoreBall(['bumper', 'spinner', 'bumper'])).toBe(2250);
    expect(scoreBall(['spinner'], 2.5)).toBe(625);
    expect(scoreBall(['spinner', 'bumper'], 1.1)).toBe(1375);
    expect(() => scoreBall(['flipper'])).toThrow(/unknown target/);
  });
});

describe('games', () => {
  test('adds up each player\'s balls', () => {
    expect(playGame(balls.slice(0, 1)).get('AAA')).toBe(51000);
  });

  test('ranks the players, a jackpot over two billion first', () => {
    expect(highScores(balls, 2)).toEqual([
      { player: 'BOB', score: 2250000000 },
      { player: 'AAA', score: 52000 },
    ]);
  });

  test('awards replays from a threshold', () => {
    expect(replays(balls.slice(2), 1000)).toEqual(['CYD', 'AAA']);
  });
});
