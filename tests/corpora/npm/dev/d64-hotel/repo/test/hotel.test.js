const { available, fromDay, isWeekend, nightlyRate, nights, overlaps, quote, toDay } = require('../src');

const BOOKINGS = [
  { number: '101', room: 'double', checkIn: '2026-05-04', checkOut: '2026-05-07' },
  { number: '101', room: 'double', checkIn: '2026-05-09', checkOut: '2026-05-10' },
  { number: '204', room: 'suite', checkIn: '2026-05-01', checkOut: '2026-05-15' },
];

describe('dates', () => {
  test('count the nights of a stay', () => {
    expect(nights('2026-05-04', '2026-05-07')).toEqual(['2026-05-04', '2026-05-05', '2026-05-06']);
    expect(nights('2026-02-28', '2026-03-02')).toEqual(['2026-02-28', '2026-03-01']);
    expect(fromDay(toDay('2026-10-25'))).toBe('2026-10-25');
    expect(() => nights('2026-05-07', '2026-05-07')).toThrow(RangeError);
    expect(() => nights('7 May', '2026-05-08')).toThrow(SyntaxError);
  });

  test('know the weekend nights', () => {
    expect(['2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10'].map(isWeekend)).toEqual([false, true, true, false]);
  });
});

describe('prices', () => {
  test('depend on the room and the night', () => {
    expect(nightlyRate('single', '2026-05-06')).toBe(80);
    expect(nightlyRate('suite', '2026-05-08')).toBe(260);
    expect(() => nightlyRate('penthouse', '2026-05-08')).toThrow("no such room type: 'penthouse'");
  });

  test('add the extras and the weekly discount', () => {
    expect(quote({ room: 'double', checkIn: '2026-05-07', checkOut: '2026-05-10', guests: 2 })).toEqual({ nights: 3, total: 380 });
    expect(
      quote({ room: 'single', checkIn: '2026-05-07', checkOut: '2026-05-09', guests: 1, extras: ['breakfast', 'parking'] }),
    ).toEqual({ nights: 2, total: 235 });
    expect(quote({ room: 'single', checkIn: '2026-05-04', checkOut: '2026-05-11', guests: 1 })).toEqual({ nights: 7, total: 531 });
    expect(() => quote({ room: 'single', checkIn: '2026-05-04', checkOut: '2026-05-05', extras: ['spa'] })).toThrow(RangeError);
  });
});

describe('availability', () => {
  test('lets a stay begin on the day another one ends', () => {
    expect(overlaps(BOOKINGS[0], { checkIn: '2026-05-07', checkOut: '2026-05-09' })).toBe(false);
    expect(overlaps(BOOKINGS[0], { checkIn: '2026-05-06', checkOut: '2026-05-08' })).toBe(true);
    expect(available(BOOKINGS, '101', '2026-05-07', '2026-05-09')).toBe(true);
    expect(available(BOOKINGS, '101', '2026-05-08', '2026-05-10')).toBe(false);
    expect(available(BOOKINGS, '204', '2026-05-15', '2026-05-16')).toBe(true);
    expect(available(BOOKINGS, '305', '2026-05-01', '2026-05-31')).toBe(true);
  });
});
