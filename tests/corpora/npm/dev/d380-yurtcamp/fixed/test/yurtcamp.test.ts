import { describe, expect, it } from 'vitest';
import { extrasOf, extrasTotal, pitchFees, stayBill, yurtsFor, type Party } from '../src/index';

const family: Party = { lead: 'Okafor', guests: 6, extras: 'stove, linen' };

describe('yurts', () => {
  it('gives every guest a bed, four to a yurt', () => {
    expect(yurtsFor(1)).toBe(1);
    expect(yurtsFor(4)).toBe(1);
    expect(yurtsFor(6)).toBe(2);
    expect(yurtsFor(8)).toBe(2);
  });

  it('reads the extras from the booking form', () => {
    expect(extrasOf(family)).toEqual(['stove', 'linen']);
    expect(extrasOf({ lead: 'Lind', guests: 2, extras: '' })).toEqual([]);
  });
});

describe('bills', () => {
  it('charges each yurt by the night', () => {
    expect(pitchFees(2, 3)).toBe(390);
  });

  it('adds the extras once a stay', () => {
    expect(extrasTotal(family)).toBe(20);
    expect(extrasTotal({ lead: 'Ross', guests: 3, extras: 'hamper,kayak' })).toBe(25);
  });

  it('bills a stay for the yurts and the extras', () => {
    expect(stayBill(family, 3)).toEqual({ yurts: 2, total: 410 });
    expect(stayBill({ lead: 'Abe', guests: 8, extras: '' }, 2)).toEqual({ yurts: 2, total: 260 });
  });
});
