const { dayTotals, expectedLitres, parseReading, readMeter } = require('../src');

const LOG = `
C01 14.5
C02 11
C01 13.25
C03 9x
C02 10.5
`;

describe('meter log', () => {
  test('reads a milking', () => {
    expect(parseReading('C07 14.5')).toEqual({ cow: 'C07', litres: 14.5 });
  });

  test('keeps a garbled line with no milk', () => {
    const readings = readMeter(LOG);
    expect(readings).toHaveLength(5);
    expect(readings[3]).toEqual({ cow: 'C03', litres: 0, error: 'unreadable line: C03 9x' });
  });
});

describe('herd', () => {
  test('adds up the day by cow and for the herd', () => {
    expect(dayTotals(readMeter(LOG))).toEqual({
      byCow: { C01: 27.75, C02: 21.5, C03: 0 },
      total: 49.3,
    });
  });

  test('expects the yield of each breed, nothing from an unknown one', () => {
    expect(expectedLitres(['Holstein', 'Jersey', 'Jersey'])).toBe(75);
    expect(expectedLitres(['Ayrshire', 'Dexter'])).toBe(25);
  });
});
