const { ForagingLog, inSeason, speciesOf } = require('../src');

const notebook = () =>
  new ForagingLog('Tove')
    .record('2026-03-14 wild-garlic 600 g')
    .record('2026-09-20 chanterelle 900 g')
    .record('2026-09-20 chanterelle 800 g')
    .record('2026-12-02 wood-ear 200 g')
    .record('2026-09-21 porcini 1200 g')
    .record('2026-06-05 death-cap 50 g');

describe('species', () => {
  test('knows the seasons, including one over the new year', () => {
    expect(inSeason('chanterelle', 8)).toBe(true);
    expect(inSeason('chanterelle', 11)).toBe(false);
    expect(inSeason('wood-ear', 1)).toBe(true);
    expect(inSeason('wood-ear', 6)).toBe(false);
  });

  test('refuses a species it does not know', () => {
    expect(() => speciesOf('truffle')).toThrow('unknown species: truffle');
  });
});

describe('ForagingLog', () => {
  test('keeps the finds in date order when one is written up late', () => {
    const dates = notebook().finds.map((find) => find.date.toISOString().slice(0, 10));
    expect(dates).toEqual(['2026-03-14', '2026-06-05', '2026-09-20', '2026-09-20', '2026-09-21', '2026-12-02']);
  });

  test('rejects a line it cannot read', () => {
    expect(() => new ForagingLog('Tove').record('chanterelle 900 g')).toThrow('cannot read find');
  });

  test('adds up each species per day and flags the days over the limit', () => {
    const log = notebook();
    expect(log.dailyTotals().get('9/20 chanterelle')).toBe(1700);
    expect(log.dailyTotals().get('9/21 porcini')).toBe(1200);
    expect(log.overLimit()).toEqual(['6/5 death-cap', '9/20 chanterelle']);
  });

  test('flags finds out of their season', () => {
    expect(notebook().outOfSeason().map((find) => find.species)).toEqual(['death-cap']);
  });

  test('lists the species of each month', () => {
    const months = notebook().byMonth();
    expect(months[2]).toEqual(['wild-garlic']);
    expect(months[8]).toEqual(['chanterelle', 'porcini']);
    expect(months[0]).toEqual([]);
    expect(months.filter((names) => names.length > 0)).toHaveLength(4);
  });
});
