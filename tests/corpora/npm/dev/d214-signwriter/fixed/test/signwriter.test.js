const { countLetters, paintMinutes, quote, quoteAll } = require('../src');

describe('lettering', () => {
  test('counts the painted letters and figures only', () => {
    expect(countLetters('Fish & Chips!')).toBe(9);
    expect(countLetters('No. 42')).toBe(4);
  });

  test('times the letters at their height', () => {
    expect(paintMinutes('OPEN', 100)).toBe(28);
    expect(() => paintMinutes('OPEN', 120)).toThrow('no letter height of 120 mm');
  });
});

describe('quotes', () => {
  test('prices a plain sign by the hour', () => {
    expect(quote({ text: 'Fish & Chips', heightMm: 200, gilded: 'no' })).toEqual({
      text: 'Fish & Chips',
      gilded: false,
      pence: 7560,
      due: 7560,
    });
  });

  test('adds gold leaf and takes off the deposit', () => {
    expect(quote({ text: 'OPEN', heightMm: 100, gilded: 'yes', deposit: 1000 })).toEqual({
      text: 'OPEN',
      gilded: true,
      pence: 2940,
      due: 1940,
    });
  });

  test('lists the dearest sign first', () => {
    const orders = [
      { text: 'Ices', heightMm: 50, gilded: 'no' },
      { text: 'Bakery', heightMm: 300, gilded: 'no' },
    ];
    expect(quoteAll(orders).map((row) => row.text)).toEqual(['Bakery', 'Ices']);
  });
});
