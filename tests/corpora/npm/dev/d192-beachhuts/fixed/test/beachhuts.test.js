const { HutRow, bookAll, normalise, weeklyRent } = require('../src');

function row() {
  return new HutRow('West Parade', ['A3', 'B12', 'C7']);
}

describe('tariff', () => {
  test('charges by the season of the month', () => {
    expect(weeklyRent('jan')).toBe(75);
    expect(weeklyRent('sep')).toBe(140);
  });
});

describe('bookings', () => {
  test('takes bookings from the web form', () => {
    expect(normalise({ hut: 'C7', month: 'may' })).toEqual({ hut: 'C7', month: 'may', weeks: 1 });
  });

  test('prices a fortnight in August at the peak rate', () => {
    const [letting] = bookAll(row(), [{ hut: 'B12', month: 'aug', weeks: 2 }]);
    expect(letting).toEqual({ hut: 'B12', month: 'aug', pounds: 420 });
  });

  test('takes bookings typed in from the phone line', () => {
    const huts = row();
    expect(bookAll(huts, ['A3 jun', 'C7 jan 3'])).toEqual([
      { hut: 'A3', month: 'jun', pounds: 140 },
      { hut: 'C7', month: 'jan', pounds: 225 },
    ]);
    expect(huts.lettings()).toBe(2);
  });

  test('lets a hut once a month', () => {
    const huts = row();
    bookAll(huts, [{ hut: 'A3', month: 'jul' }]);
    expect(() => bookAll(huts, ['A3 jul'])).toThrow('hut A3 is taken in jul');
    expect(() => bookAll(huts, ['D1 jul'])).toThrow('no hut D1 on West Parade');
  });
});
