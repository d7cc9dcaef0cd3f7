import { describe, expect, it } from 'vitest';
import { type Card, forecast, MIN_EASE, nextSession, parseDeck, retention, review } from '../src/index';

const DECK = `
  # capitals
  France | Paris
  Peru | Lima

  Laos | Vientiane
  Chad | N'Djamena
`;

function studied(card: Card, grades: (0 | 1 | 2 | 3 | 4 | 5)[], start = 0): Card {
  let day = start;
  for (const grade of grades) {
    card = review(card, grade, day);
    day = card.due;
  }
  return card;
}

describe('deck', () => {
  it('is read one card a line', () => {
    const cards = parseDeck(DECK);
    expect(cards.map((c) => [c.id, c.front, c.back])).toEqual([
      [1, 'France', 'Paris'],
      [2, 'Peru', 'Lima'],
      [3, 'Laos', 'Vientiane'],
      [4, 'Chad', "N'Djamena"],
    ]);
    expect(() => parseDeck('Mali - Bamako')).toThrow("no '|' in card");
  });
});

describe('review', () => {
  it('grows the interval with the ease', () => {
    const card = studied(parseDeck(DECK)[0], [5, 5, 5]);
    expect([card.reps, card.interval, card.ease, card.due]).toEqual([3, 16, 2.8, 23]);
  });

  it('starts a forgotten card over', () => {
    const card = studied(parseDeck(DECK)[1], [4, 4, 1], 10);
    expect([card.reps, card.interval, card.due]).toEqual([0, 1, 18]);
  });

  it('keeps the ease above its floor', () => {
    const card = review({ ...parseDeck(DECK)[2], ease: 1.4, reps: 2, interval: 10 }, 3, 30);
    expect([card.reps, card.interval, card.ease, card.due]).toEqual([3, 14, MIN_EASE, 44]);
  });
});

describe('sessions', () => {
  it('put overdue reviews before new cards', () => {
    const [a, b, c, d] = parseDeck(DECK);
    const cards = [review(a, 4, 0), b, review(c, 4, 3), d];
    expect(nextSession(cards, 5).map((card) => card.front)).toEqual(['France', 'Laos', 'Peru', 'Chad']);
    expect(nextSession(cards, 5, { maxNew: 1, maxReviews: 1 }).map((card) => card.front)).toEqual(['France', 'Peru']);
  });

  it('forecast the next days', () => {
    const [a, b, c, d] = parseDeck(DECK);
    const cards = [review(a, 4, 0), review(b, 5, 0), studied(c, [4, 4]), d];
    expect(forecast(cards, 2, 6)).toEqual([2, 0, 0, 0, 0, 1]);
  });

  it('measure retention', () => {
    expect(retention([5, 4, 2, 3])).toBe(75);
    expect(retention([])).toBe(0);
  });
});
