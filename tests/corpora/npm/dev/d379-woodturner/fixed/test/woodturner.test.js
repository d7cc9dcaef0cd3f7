const { blankVolumeDm3, blankPrice, finishFor, coatsFor, jobLabel, quoteBowl, dayBook } = require('../src');

describe('blanks', () => {
  test('measures a blank as a disc of its diameter and depth', () => {
    expect(blankVolumeDm3(200, 100)).toBeCloseTo(3.1416, 3);
    expect(blankVolumeDm3(300, 60)).toBeCloseTo(4.2412, 3);
  });

  test('prices a blank by its volume and species', () => {
    expect(blankPrice('walnut', 200, 100)).toBe(7.54);
    expect(blankPrice('ash', 300, 60)).toBe(3.82);
    expect(() => blankPrice('balsa', 100, 50)).toThrow('no price for balsa');
  });
});

describe('finish', () => {
  test('waxes the oily timbers and polishes the rest', () => {
    expect(finishFor('yew')).toBe('paste wax');
    expect(finishFor('ash')).toBe('friction polish');
    expect(coatsFor('paste wax')).toBe(2);
    expect(coatsFor('friction polish')).toBe(3);
  });
});

describe('quotes', () => {
  test('labels a job by its number, padded to four digits', () => {
    expect(jobLabel({ id: 42 })).toBe('WT-0042');
    expect(jobLabel({ id: 1234 })).toBe('WT-1234');
  });

  test('adds the timber, the turning and the finishing', () => {
    expect(quoteBowl({ id: 7, species: 'walnut', diameterMm: 200, depthMm: 100, hours: 2 })).toEqual({
      label: 'WT-0007',
      finish: 'friction polish',
      total: 84.54,
    });
    expect(quoteBowl({ id: 8, species: 'yew', diameterMm: 200, depthMm: 100, hours: 1 }).total).toBe(51.74);
  });

  test('books the hours by species and job', () => {
    const jobs = [
      { id: 7, species: 'walnut', hours: 2 },
      { id: 9, species: 'ash', hours: 1.5 },
      { id: 12, species: 'walnut', hours: 3 },
    ];
    expect(dayBook(jobs)).toEqual({ walnut: { 'WT-0007': 2, 'WT-0012': 3 }, ash: { 'WT-0009': 1.5 } });
  });
});
