const { actions, harvest, mitesPer100, needsTreatment, parseInspection, spareHoney } = require('../src');

const NOTEBOOK = [
  '2026-06-14 hive=1 frames=10 brood=6 capped=3 queen=yes mites=4 season=summer',
  '2026-06-14 hive=2 frames=8 brood=0 capped=2 queen=no mites=2 season=summer',
  '2026-07-20 hive=1 frames=20 brood=7 capped=9 queen=yes mites=8 season=summer',
  '2026-06-28 hive=3 frames=20 brood=8 capped=6 queen=yes mites=3 season=summer',
  '2026-06-14 hive=3 frames=10 brood=6 capped=1 queen=yes mites=1 season=summer',
].map(parseInspection);

describe('varroa', () => {
  test('is counted per hundred bees', () => {
    expect(mitesPer100(6)).toBe(2);
    expect(mitesPer100(7, 250)).toBe(2.8);
    expect(() => mitesPer100(3, 0)).toThrow('no bees');
  });

  test('is treated above the season threshold', () => {
    expect(needsTreatment(3, 300, 'spring')).toBe(true);
    expect(needsTreatment(5, 300, 'summer')).toBe(false);
    expect(needsTreatment(6, 300, 'summer')).toBe(true);
    expect(() => needsTreatment(1, 300, 'winter')).toThrow('unknown season: winter');
  });
});

describe('inspections', () => {
  test('are read from the notebook', () => {
    expect(NOTEBOOK[0]).toEqual({
      date: '2026-06-14', hive: 1, frames: 10, brood: 6, capped: 3, queen: 'yes', mites: 4, season: 'summer',
    });
  });

  test('say what to do', () => {
    expect(NOTEBOOK.map(actions)).toEqual([
      ['add a super'],
      ['requeen'],
      ['treat for varroa'],
      [],
      [],
    ]);
  });
});

describe('harvest', () => {
  test('leaves the winter stores and uncapped frames', () => {
    expect(spareHoney(NOTEBOOK[2])).toBe(11);
    expect(spareHoney(NOTEBOOK[0])).toBe(0);
  });

  test('takes each hive at its latest inspection', () => {
    expect(harvest(NOTEBOOK)).toEqual({ hives: 3, kg: 15.4 });
  });
});
