const { capacity, seatsLeft, seatGroup, canBook, timetable, clock, rideCard } = require('../src');

const bookings = [
  { name: 'Patel', people: 5 },
  { name: 'Moreau', people: 12 },
  { name: 'Quinn', people: 2 },
];

describe('wagons', () => {
  test('seats everyone on the benches of both wagons', () => {
    expect(capacity()).toBe(42);
    expect(capacity([{ name: 'Daisy', seats: 10 }])).toBe(10);
  });

  test('counts the seats the booked groups take', () => {
    expect(seatsLeft([])).toBe(42);
    expect(seatsLeft(bookings)).toBe(23);
  });

  test('seats a group together in the first wagon with room', () => {
    const wagons = [
      { name: 'Bluebell', free: 4 },
      { name: 'Clover', free: 10 },
    ];
    expect(seatGroup(wagons, 6)).toBe('Clover');
    expect(seatGroup(wagons, 4)).toBe('Bluebell');
    expect(seatGroup(wagons, 5)).toBe(null);
    expect(wagons.map((w) => w.free)).toEqual([0, 4]);
  });

  test('books a group only if it fits', () => {
    expect(canBook(bookings, 23)).toBe(true);
    expect(canBook(bookings, 24)).toBe(false);
  });
});

describe('route', () => {
  test('times each stop from the start', () => {
    expect(timetable(['Barn', 'Pond'], 600)).toEqual([
      { name: 'Barn', minute: 600 },
      { name: 'Pond', minute: 612 },
    ]);
  });

  test('prints the minutes of the day as a clock', () => {
    expect(clock(605)).toBe('10:05');
    expect(clock(840)).toBe('14:00');
  });

  test('prints the ride card', () => {
    expect(rideCard(['Barn', 'Orchard', 'Maze'], 830)).toEqual(['13:50 Barn', '14:02 Orchard', '14:14 Maze']);
  });
});
