import { describe, expect, it } from 'vitest';
import { book, findTogether, groupPrice, parsePlan, parseSeat, priceBands, rowIndex, seatLabel } from '../src/index';

const HALL = `
  C: 1-6 @ 28
  A: 1-4 @ 45.50
  B: 1-5 @ 45.50
  AA: 1-3 @ 12
`;

describe('seats', () => {
  it('are read and written back', () => {
    expect(parseSeat('c12')).toEqual({ row: 'C', number: 12 });
    expect(parseSeat(' AB3 ')).toEqual({ row: 'AB', number: 3 });
    expect(seatLabel({ row: 'F', number: 7 })).toBe('F7');
    expect(() => parseSeat('C0')).toThrow(SyntaxError);
    expect(() => parseSeat('12C')).toThrow(SyntaxError);
  });

  it('have rows counted from the front', () => {
    expect(rowIndex('A')).toBe(0);
    expect(rowIndex('Z')).toBe(25);
    expect(rowIndex('AA')).toBe(26);
    expect(rowIndex('AC')).toBe(28);
  });
});

describe('the plan', () => {
  it('is read front row first', () => {
    const plan = parsePlan(HALL);
    expect(plan.rows.map((row) => row.row)).toEqual(['A', 'B', 'C', 'AA']);
    expect(plan.rows[0]).toEqual({ row: 'A', first: 1, last: 4, price: 45.5 });
    expect(() => parsePlan('D 1-10 @ 20')).toThrow(SyntaxError);
  });

  it('groups its rows into price bands', () => {
    expect(priceBands(parsePlan(HALL))).toEqual([
      { price: 45.5, rows: ['A', 'B'] },
      { price: 28, rows: ['C'] },
      { price: 12, rows: ['AA'] },
    ]);
  });
});

describe('booking', () => {
  it('charges the seats, with a tenth off for groups of eight', () => {
    expect(groupPrice([0.1, 0.2])).toBe(0.3);
    expect(groupPrice(Array(7).fill(10))).toBe(70);
    expect(groupPrice(Array(8).fill(10))).toBe(72);
    const plan = parsePlan(HALL);
    expect(book(plan, ['A1', 'a2', 'C6'])).toBe(119);
    expect(() => book(plan, ['B1', 'A2'])).toThrow('A2 is taken');
    expect(plan.taken.has('B1')).toBe(false);
    expect(() => book(plan, ['B6'])).toThrow(RangeError);
    expect(() => book(plan, ['D1'])).toThrow(RangeError);
  });

  it('finds seats side by side', () => {
    const plan = parsePlan(HALL);
    book(plan, ['A2', 'B3', 'C1', 'C2']);
    expect(findTogether(plan, 2)).toEqual(['A3', 'A4']);
    expect(findTogether(plan, 3)).toEqual(['C3', 'C4', 'C5']);
    book(plan, ['C3']);
    expect(findTogether(plan, 3)).toEqual(['C4', 'C5', 'C6']);
    expect(findTogether(plan, 4)).toBeNull();
  });
});
