const { parseCard, formatCard, describeHand, choose, oneIn } = require('../src');

describe('cards', () => {
  test('reads the rank and the suit', () => {
    expect(parseCard('Th')).toEqual({ rank: 10, suit: 'h' });
    expect(parseCard('as')).toEqual({ rank: 14, suit: 's' });
    expect(formatCard({ rank: 12, suit: 'd' })).toBe('Qd');
  });

  test('refuses what is not a card', () => {
    expect(() => parseCard('1h')).toThrow('not a card: 1h');
    expect(() => parseCard('Kx')).toThrow('not a card: Kx');
  });
});

describe('odds', () => {
  test('counts the five-card hands exactly', () => {
    expect(choose(52, 5)).toBe(2598960n);
    expect(oneIn('straight flush')).toBe(64974);
  });
});

describe('hands', () => {
  test('names a straight from the nine to the king', () => {
    expect(describeHand('9h Ts Jd Qc Kh')).toMatchObject({ category: 'straight', top: 'K' });
  });

  test('lets the ace play low in a straight', () => {
    expect(describeHand('Ah 2s 3d 4c 5h').category).toBe('straight');
  });

  test('names a full house and its odds', () => {
    const hand = describeHand('Kh Kd Ks 7c 7h');
    expect(hand.category).toBe('full house');
    expect(hand.probability).toBeCloseTo(0.0014406, 7);
  });

  test('names a flush and a high card', () => {
    expect(describeHand('2h 7h 9h Jh Kh').category).toBe('flush');
    const high = describeHand('2h 7d 9s Jc Kh');
    expect(high.category).toBe('high card');
    expect(high.top).toBe('K');
    expect(high.probability).toBeCloseTo(0.50118, 5);
  });

  test('wants five cards', () => {
    expect(() => describeHand('Ah Kh')).toThrow('a hand has five cards, not 2');
  });
});
