import { describe, expect, it } from 'vitest';
import { fareFor, takings, Wheel } from '../src';

const mia = { name: 'Mia', age: 34 };
const leo = { name: 'Leo', age: 9 };
const ida = { name: 'Ida', age: 2 };
const scouts = { label: 'scouts', riders: [leo, { name: 'Ben', age: 11 }, { name: 'Zoe', age: 10 }] };

describe('fares', () => {
  it('charges a single rider by age', () => {
    expect([mia, leo, ida].map(fareFor)).toEqual([9, 5, 0]);
  });
});

describe('wheel', () => {
  it('boards a party into a cabin with room', () => {
    const wheel = new Wheel(3, 4);
    expect(wheel.board(1, mia).riders).toEqual([mia]);
    expect(wheel.board(1, leo).fare).toBe(5);
    expect(() => wheel.board(9, mia)).toThrow(/no cabin 9/);
    expect(wheel.status(1)).toBe('cabin 1: 2 aboard');
    expect(wheel.status(3)).toBe('cabin 3: empty');
  });

  it('refuses a group that does not fit', () => {
    const wheel = new Wheel(2, 4);
    wheel.board(2, mia);
    expect(() => wheel.board(2, { label: 'five', riders: [leo, leo, leo, leo] })).toThrow(/full/);
  });

  it('counts the takings of a day with groups', () => {
    const wheel = new Wheel(2, 4);
    wheel.board(1, scouts);
    wheel.board(2, mia);
    wheel.turn();
    wheel.board(1, ida);
    expect(takings(wheel)).toEqual({ total: 30, riders: 5, latest: [] });
    expect(takings(wheel, 1).latest).toEqual([{ cabin: 1, riders: [ida], fare: 0 }]);
  });
});
