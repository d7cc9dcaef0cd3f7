import { describe, expect, it } from 'vitest';
import { cards, parseStay, price } from '../src/index';

describe('stays', () => {
  it('reads a booking line', () => {
    expect(parseStay('Sigrid|2|aurora')).toEqual({ guest: 'Sigrid', nights: 2, suite: 'aurora' });
  });

  it('prices a stay, in a standard room when no suite is booked', () => {
    expect(price(parseStay('Sigrid|2|aurora'))).toBe(8200);
    expect(price('Olle|3|')).toBe(7200);
  });

  it('prints a door card for each night', () => {
    expect(cards(parseStay('Ana|4|igloo'))).toEqual([
      'Ana, 1st night',
      'Ana, 2nd night',
      'Ana, 3rd night',
      'Ana, 4th night',
    ]);
  });
});
