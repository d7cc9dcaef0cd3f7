import { describe, expect, it } from 'vitest';
import { bill, canBook, freeBeds, guestIn, nights, occupancy, overlaps, type Booking } from '../src/index';

const day = (d: number) => new Date(Date.UTC(2026, 6, d));
const stay = (guest: string, bed: number, from: number, to: number): Booking => ({
  guest,
  bed,
  checkIn: day(from),
  checkOut: day(to),
});

const book = [stay('Ola', 1, 3, 6), stay('Sam', 2, 4, 5), stay('Kit', 3, 1, 4)];

describe('bookings', () => {
  it('counts the nights of a stay', () => {
    expect(nights(stay('Ola', 1, 3, 6))).toBe(3);
  });

  it('lets a bed be booked on the morning its guest leaves', () => {
    expect(overlaps(stay('Ola', 1, 3, 6), stay('Ray', 1, 6, 8))).toBe(false);
    expect(canBook(book, stay('Ray', 1, 6, 8))).toBe(true);
  });

  it('refuses a bed that is taken', () => {
    expect(overlaps(stay('Ola', 1, 3, 6), stay('Ray', 1, 5, 7))).toBe(true);
    expect(canBook(book, stay('Ray', 2, 4, 6))).toBe(false);
    expect(canBook(book, stay('Ray', 4, 4, 6))).toBe(true);
  });
});

describe('beds', () => {
  it('lists the free beds on a night', () => {
    expect(freeBeds(book, 4, day(4))).toEqual([3, 4]);
    expect(occupancy(book, 4, day(4))).toBe(50);
  });

  it('says who sleeps in a bed', () => {
    expect(guestIn(book, 2, day(4))).toBe('Sam');
    expect(guestIn(book, 4, day(4))).toBe(null);
  });
});

describe('tariff', () => {
  it('charges by the night and for linen', () => {
    expect(bill(stay('Ola', 1, 3, 6))).toBe(66);
    expect(bill(stay('Sam', 2, 4, 5), true)).toBe(27);
  });
});
