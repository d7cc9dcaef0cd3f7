const {
  bibliography,
  formatAuthors,
  formatPages,
  formatReference,
  initials,
  labels,
  parseName,
  readRecord,
  sortReferences,
} = require('../src');

const RECORDS = [
  `authors: Ostrom, Elinor
year: 1990
title: Governing the commons`,
  `authors: Jean-Paul Sartre; Simone de Beauvoir
year: 1948
title: Existentialism and ethics
journal: Modern Times
volume: 3
pages: 101 - 109`,
  `authors: Ostrom, Elinor; Walker, James; Gardner, Roy
year: 1992
title: Covenants with and without a sword
journal: American Political Science Review
volume: 86
pages: 404-417`,
  `authors: Ostrom, Elinor
year: 1990
title: Crafting institutions`,
  `authors: Åberg, Lena
year: 2001
title: Northern light`,
];

describe('author names', () => {
  test('are read in either order', () => {
    expect(parseName('Ostrom, Elinor')).toEqual({ family: 'Ostrom', given: 'Elinor' });
    expect(parseName('  Simone  de Beauvoir ')).toEqual({ family: 'Beauvoir', given: 'Simone de' });
    expect(parseName('Plato')).toEqual({ family: 'Plato', given: '' });
    expect(() => parseName('  ')).toThrow(SyntaxError);
  });

  test('shorten given names to initials', () => {
    expect(initials('Jean-Paul Marie')).toBe('J.-P. M.');
    expect(initials('elinor')).toBe('E.');
    expect(initials('')).toBe('');
  });

  test('are listed with "&" before the last, up to five', () => {
    const names = ['Ann Lee', 'Bo Park', 'Cy Young', 'Di Ross', 'Ed Wood', 'Flo Rida'].map(parseName);
    expect(formatAuthors(names.slice(0, 1))).toBe('Lee, A.');
    expect(formatAuthors(names.slice(0, 2))).toBe('Lee, A., & Park, B.');
    expect(formatAuthors(names.slice(0, 5))).toBe('Lee, A., Park, B., Young, C., Ross, D., & Wood, E.');
    expect(formatAuthors(names)).toBe('Lee, A. et al.');
    expect(formatAuthors([parseName('Plato')])).toBe('Plato');
  });
});

describe('references', () => {
  test('are read from records', () => {
    const ref = readRecord(RECORDS[1]);
    expect(ref.authors).toHaveLength(2);
    expect(ref.year).toBe(1948);
    expect(ref.pages).toBe('101 - 109');
    expect(() => readRecord('authors: Nobody\ntitle: Untitled')).toThrow('a reference needs its year');
  });

  test('are formatted', () => {
    expect(formatPages('404-417')).toBe('404\u2013417');
    expect(formatPages('101 - 109')).toBe('101\u2013109');
    expect(formatReference(readRecord(RECORDS[0]))).toBe('Ostrom, E. (1990). Governing the commons.');
    expect(formatReference(readRecord(RECORDS[1]))).toBe(
      'Sartre, J.-P., & Beauvoir, S. D. (1948). Existentialism and ethics. Modern Times, 3, 101\u2013109.',
    );
  });
});

describe('the list', () => {
  test('is sorted by first author, then oldest first', () => {
    const refs = RECORDS.map(readRecord);
    expect(sortReferences(refs).map((ref) => `${ref.authors[0].family} ${ref.year}`)).toEqual([
      '\u00c5berg 2001',
      'Ostrom 1990',
      'Ostrom 1990',
      'Ostrom 1992',
      'Sartre 1948',
    ]);
    expect(refs[0].year).toBe(1990);
  });

  test('tells same-year works apart', () => {
    const sorted = sortReferences(RECORDS.map(readRecord));
    expect(labels(sorted)).toEqual(['2001', '1990a', '1990b', '1992', '1948']);
  });

  test('is printed whole', () => {
    const lines = bibliography(RECORDS.map(readRecord)).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('\u00c5berg, L. (2001). Northern light.');
    expect(lines[2]).toBe('Ostrom, E. (1990b). Crafting institutions.');
    expect(lines[3]).toBe(
      'Ostrom, E., Walker, J., & Gardner, R. (1992). Covenants with and without a sword. American Political Science Review, 86, 404\u2013417.',
    );
  });
});
