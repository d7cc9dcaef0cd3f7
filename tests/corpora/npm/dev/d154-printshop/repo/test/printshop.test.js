const { PrintJob, quote, sizeOf, upOnSheet } = require('../src');

describe('imposition', () => {
  test('fits pieces with bleed on a sheet, turned the better way', () => {
    expect(upOnSheet('A4', 'SRA3')).toBe(2);
    expect(upOnSheet('A5', 'SRA3')).toBe(4);
    expect(upOnSheet('A6', 'SRA3')).toBe(8);
    expect(upOnSheet('DL', 'A3', 0)).toBe(6);
  });

  test('knows its sizes', () => {
    expect(sizeOf('A3')).toEqual([297, 420]);
    expect(() => sizeOf('B7')).toThrow('unknown paper size: B7');
  });
});

describe('jobs', () => {
  test('orders sheets with overs for spoilage', () => {
    expect(new PrintJob('Flyer', 'A6', 1000).sheetsNeeded()).toBe(135);
    expect(new PrintJob('Menu', 'A4', 40).sheetsNeeded()).toBe(30);
  });

  test('refuses a run that is not a whole number of copies', () => {
    expect(() => new PrintJob('Card', 'A6', 0)).toThrow(RangeError);
    const job = new PrintJob('Card', 'A6', 50);
    expect(() => {
      job.copies = 12.5;
    }).toThrow('positive whole number');
    job.copies = 80;
    expect(job.copies).toBe(80);
  });

  test('names the artwork file', () => {
    expect(new PrintJob('  Summer Fete Poster ', 'A3', 25).fileName()).toBe('summer-fete-poster_A3_x25.pdf');
  });
});

describe('quotes', () => {
  test('prices the sheets of every job', () => {
    const result = quote([new PrintJob('Church Fair Flyer', 'A5', 400), new PrintJob('Menu', 'A4', 40)]);
    expect(result.lines).toEqual([
      { file: 'church-fair-flyer_A5_x400.pdf', sheets: 110, pence: 1540 },
      { file: 'menu_A4_x40.pdf', sheets: 30, pence: 420 },
    ]);
    expect(result.totalPence).toBe(1960);
  });
});
