const { DEFAULT_RATING, expectedScore, kFactor, roundRating, League } = require('../src');

const close = (actual, expected) => expect(actual).toBeCloseTo(expected, 6);

describe('ratings', () => {
  test('expects even games between equals and favours the higher rating', () => {
    expect(expectedScore(1500, 1500)).toBe(0.5);
    close(expectedScore(1900, 1500), 1 / 1.1);
    close(expectedScore(1500, 1900), 1 - 1 / 1.1);
    close(expectedScore(1700, 1500) + expectedScore(1500, 1700), 1);
  });

  test('picks the K-factor by experience and peak', () => {
    expect(kFactor({ games: 0, peak: 1500 })).toBe(40);
    expect(kFactor({ games: 29, peak: 2500 })).toBe(40);
    expect(kFactor({ games: 30, peak: 2399 })).toBe(20);
    expect(kFactor({ games: 30, peak: 2400 })).toBe(10);
    expect(kFactor({ games: 100, peak: 2450 })).toBe(10);
    expect(roundRating(1512.5)).toBe(1513);
    expect(DEFAULT_RATING).toBe(1500);
  });
});

describe('League', () => {
  test('moves equal newcomers by twenty points', () => {
    const league = new League().add('ana').add('ben');
    expect(league.record('ana', 'ben', '1-0')).toEqual({ white: 20, black: -20 });
    expect(league.find('ana')).toMatchObject({ rating: 1520, peak: 1520, games: 1, wins: 1 });
    expect(league.find('ben')).toMatchObject({ rating: 1480, peak: 1500, games: 1, losses: 1 });
  });

  test('rewards an upset more than an expected win', () => {
    const upset = new League().add('strong', 1700).add('weak', 1500);
    const change = upset.record('weak', 'strong', '1-0');
    close(change.white, 40 * (1 - expectedScore(1500, 1700)));
    close(change.black, -change.white);
    expect(change.white).toBeGreaterThan(30);

    const expected = new League().add('strong', 1700).add('weak', 1500);
    expect(expected.record('strong', 'weak', '1-0').white).toBeLessThan(10);
  });

  test('moves both players towards each other on a draw', () => {
    const league = new League().add('high', 1700).add('low', 1500);
    const change = league.record('low', 'high', '1/2-1/2');
    close(change.white, 40 * (0.5 - expectedScore(1500, 1700)));
    expect(change.white).toBeGreaterThan(0);
    expect(change.black).toBeLessThan(0);
    expect(league.find('low').draws).toBe(1);
    expect(league.find('high').draws).toBe(1);
  });

  test('uses each player own K-factor', () => {
    const league = new League().add('master', 2400).add('novice', 2400);
    league.find('master').games = 50;
    const change = league.record('master', 'novice', '0-1');
    expect(change).toEqual({ white: -5, black: 20 });
  });

  test('ranks by rating, then by name', () => {
    const league = new League().add('cy').add('bo').add('al', 1600).add('di', 1400);
    league.record('cy', 'di', '1-0');
    const table = league.standings();
    expect(table.map((row) => row.name)).toEqual(['al', 'cy', 'bo', 'di']);
    expect(table[0]).toEqual({ rank: 1, name: 'al', rating: 1600, games: 0 });
    expect(table[1].rating).toBe(1514);
    expect(table[3].rating).toBe(1386);
    expect(league.games).toHaveLength(1);
  });

  test('refuses what cannot be recorded', () => {
    const league = new League().add('ana').add('ben');
    expect(() => league.add('ana')).toThrow('already in the league');
    expect(() => league.record('ana', 'zed', '1-0')).toThrow("no player named 'zed'");
    expect(() => league.record('ana', 'ben', '2-0')).toThrow('not a result');
    expect(() => league.record('ana', 'ana', '1-0')).toThrow('cannot play themselves');
    expect(league.find('ana').games).toBe(0);
  });
});
