import { describe, expect, it } from 'vitest';
import { familyFits, isOpen, price, separately, slots, visitors } from '../src/index';

describe('hours', () => {
  it('is closed on Mondays', () => {
    expect(isOpen('2026-03-09')).toBe(false);
    expect(isOpen('2026-03-10')).toBe(true);
  });

  it('offers a slot every half hour until an hour before closing', () => {
    const sunday = slots('2026-03-08', 40, {});
    expect(sunday.map((s) => s.time)).toEqual(['11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00']);
    expect(slots('2026-03-12', 40, {})).toHaveLength(21);
    expect(slots('2026-03-09', 40, {})).toEqual([]);
  });

  it('counts what is left in each slot', () => {
    const friday = slots('2026-03-13', 40, { '10:00': 12, '10:30': 45 });
    expect(friday[0]).toEqual({ time: '10:00', left: 28 });
    expect(friday[1]).toEqual({ time: '10:30', left: 0 });
    expect(friday[2]).toEqual({ time: '11:00', left: 40 });
  });

  it('works on any day of the month', () => {
    expect(slots('2026-03-28', 10, {})).toHaveLength(15);
    expect(slots('2026-03-31', 10, {})[0]).toEqual({ time: '10:00', left: 10 });
  });
});

describe('tickets', () => {
  it('prices tickets one by one', () => {
    expect(separately({ adult: 1, child: 2, concession: 1 })).toBe(4400);
    expect(visitors({ adult: 1, child: 2, concession: 1 })).toBe(4);
  });

  it('knows which parties a family ticket fits', () => {
    expect(familyFits({ adult: 2, child: 3, concession: 0 })).toBe(true);
    expect(familyFits({ adult: 2, child: 4, concession: 0 })).toBe(false);
    expect(familyFits({ adult: 1, child: 2, concession: 1 })).toBe(false);
  });

  it('charges the cheaper way', () => {
    expect(price({ adult: 2, child: 3, concession: 0 })).toBe(4000);
    expect(price({ adult: 2, child: 1, concession: 0 })).toBe(4000);
    expect(price({ adult: 2, child: 4, concession: 0 })).toBe(6400);
    expect(price({ adult: 3, child: 0, concession: 2 })).toBe(7200);
  });
});
