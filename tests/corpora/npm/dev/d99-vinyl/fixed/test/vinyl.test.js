const { atLeast, byDecade, collectionValue, decadeOf, findWanted, genres, parseGrade, parseRecord, readCollection, summary, valueOf } = require('../src');

const SHELF = `
# living room
Nick Drake - Pink Moon (1972) [Folk] VG+ 80
Can - Tago Mago (1971) [Krautrock] NM 60
Miles Davis - Kind of Blue (1959) [Jazz] VG 40
Joni Mitchell - Blue (1971) [Folk] M 50
Neu! - Neu! 75 (1975) [Krautrock] G+ 70
Alice Coltrane - Journey in Satchidananda (1971) [Jazz] NM 90
Nick Drake - Pink Moon (1972) [Folk] G 80
`;

describe('grades', () => {
  test('are read whatever their case', () => {
    expect(parseGrade(' vg+ ')).toBe('VG+');
    expect(() => parseGrade('EX')).toThrow('unknown grade: EX');
  });

  test('are ordered', () => {
    expect(atLeast('NM', 'VG+')).toBe(true);
    expect(atLeast('VG+', 'VG+')).toBe(true);
    expect(atLeast('VG', 'VG+')).toBe(false);
  });
});

describe('records', () => {
  test('are read from their line', () => {
    expect(parseRecord('Neu! - Neu! 75 (1975) [Krautrock] G+ 70')).toEqual({
      artist: 'Neu!', title: 'Neu! 75', year: 1975, genre: 'Krautrock', grade: 'G+', guide: 70,
    });
    expect(() => parseRecord('Can - Future Days [Krautrock] VG 30')).toThrow('cannot read');
  });

  test('are valued by grade', () => {
    const records = readCollection(SHELF);
    expect(records.map(valueOf)).toEqual([48, 60, 12, 60, 11, 90, 8]);
    expect(collectionValue(records)).toBe(289);
  });

  test('that cannot be read stop a strict read only', () => {
    const text = `${SHELF}\nsomething scribbled\n`;
    expect(() => readCollection(text)).toThrow('cannot read: something scribbled');
    expect(readCollection(text, { strict: false })).toHaveLength(7);
  });
});

describe('the collection', () => {
  const records = readCollection(SHELF);

  test('counts its genres, largest first', () => {
    expect(genres(records)).toEqual([['Folk', 3], ['Jazz', 2], ['Krautrock', 2]]);
    expect(genres(records.slice(1, 3))).toEqual([['Jazz', 1], ['Krautrock', 1]]);
  });

  test('is summarised', () => {
    expect(summary(records)).toEqual({ records: 7, value: 289, topGenre: 'Folk' });
    expect(summary(records.slice(1, 3))).toEqual({ records: 2, value: 72, topGenre: 'Jazz' });
    expect(summary([])).toEqual({ records: 0, value: 0, topGenre: null });
  });

  test('is grouped by decade', () => {
    expect(['1959', '1970', '1975', '1979'].map(Number).map(decadeOf)).toEqual(['1950s', '1970s', '1970s', '1970s']);
    expect(byDecade(records)).toEqual({
      '1970s': ['Pink Moon', 'Tago Mago', 'Blue', 'Neu! 75', 'Journey in Satchidananda', 'Pink Moon'],
      '1950s': ['Kind of Blue'],
    });
  });

  test('answers a want list', () => {
    const want = { artist: 'Nick Drake', title: 'Pink Moon', minGrade: 'VG+' };
    expect(findWanted(records, want).map((r) => r.grade)).toEqual(['VG+']);
    expect(findWanted(records, { ...want, minGrade: 'G' })).toHaveLength(2);
  });
});
