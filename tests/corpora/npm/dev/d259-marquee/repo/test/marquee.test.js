const { parseSizes, quote } = require('../src');

const WEDDING = `Customer: Holt wedding
Sizes: 6x9, 9x12
NOTES: the lawn slopes to the west;
bring the long pegs END`;

describe('sizes', () => {
  test('reads every marquee on the form', () => {
    expect(parseSizes(WEDDING)).toEqual([
      { widthM: 6, lengthM: 9 },
      { widthM: 9, lengthM: 12 },
    ]);
  });
});

describe('quotes', () => {
  test('prices the area of every marquee', () => {
    expect(quote(WEDDING).pence).toBe((54 + 108) * 250);
  });

  test('counts the marquees', () => {
    expect(quote(WEDDING).marquees).toBe(2);
  });

  test('needs one ridge up to 9 m across and two above', () => {
    expect(quote(WEDDING).ridges).toBe(1);
    expect(quote('Sizes: 12x15 NOTES: none END').ridges).toBe(2);
  });

  test('keeps the notes over several lines', () => {
    expect(quote(WEDDING).notes).toBe('the lawn slopes to the west;\nbring the long pegs');
  });

  test('keeps a one-line note', () => {
    expect(quote('Sizes: 12x15 NOTES: none END').notes).toBe('none');
  });
});
