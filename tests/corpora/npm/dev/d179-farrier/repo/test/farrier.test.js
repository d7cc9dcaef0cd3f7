const { Horse, loadHorses, parseJob, priceOf, shodFeetAfter, Ledger } = require('../src');

describe('horses', () => {
  test('counts whole weeks since the last shoeing', () => {
    const horse = new Horse({ name: 'Bramble', shodFeet: 4, lastShod: '2026-03-02' });
    expect(horse.weeksSinceShod('2026-04-12')).toBe(5);
    expect(horse.isDue('2026-04-12')).toBe(false);
    expect(horse.isDue('2026-04-13')).toBe(true);
  });

  test('a barefoot horse is never due for shoes', () => {
    expect(new Horse({ name: 'Moss', lastShod: '2025-01-01' }).isDue('2026-04-13')).toBe(false);
  });

  test('loads horses from plain rows', () => {
    const [horse] = loadHorses([{ name: 'Juniper', shodFeet: 2, lastShod: '2026-01-05' }]);
    expect(horse).toBeInstanceOf(Horse);
    expect(horse.name).toBe('Juniper');
  });
});

describe('jobs', () => {
  test('knows the kinds of job', () => {
    expect(() => parseJob('polish Bramble')).toThrow('unknown job: polish');
    expect(() => parseJob('trim')).toThrow('a job needs a horse');
  });

  test('charges travel beyond ten miles', () => {
    expect(priceOf('full')).toBe(110);
    expect(priceOf('trim', { travelMiles: 24 })).toBe(42);
  });

  test('leaves shoes on the feet the job shoes', () => {
    expect(shodFeetAfter('trim', 4)).toBe(0);
    expect(shodFeetAfter('front', 0)).toBe(2);
    expect(shodFeetAfter('remedial', 4)).toBe(4);
  });
});

describe('ledger', () => {
  const yard = () =>
    new Ledger(
      loadHorses([
        { name: 'Silver Birch', shodFeet: 4, lastShod: '2026-02-02' },
        { name: 'Bramble', shodFeet: 2, lastShod: '2026-03-30' },
      ]),
    );

  test('books a visit to a horse with a long name', () => {
    const ledger = yard();
    const visit = ledger.book('Full  Silver Birch', '2026-03-16');
    expect(visit).toEqual({ date: '2026-03-16', kind: 'full', horse: 'Silver Birch', overdue: true, price: 110 });
    expect(ledger.dueOn('2026-04-20')).toEqual([]);
  });

  test('adds a horse it has not seen', () => {
    const ledger = yard();
    ledger.book('front Lady Grey of Thornbury', '2026-04-01', { travelMiles: 16 });
    expect([...ledger.horses.keys()]).toContain('lady grey of thornbury');
    expect(ledger.takings('2026-04')).toBe(73);
  });

  test('says who is due and totals a month', () => {
    const ledger = yard();
    ledger.book('trim Bramble', '2026-04-02');
    ledger.book('remedial Silver Birch', '2026-04-20');
    expect(ledger.visits.map((visit) => visit.overdue)).toEqual([false, true]);
    expect(ledger.dueOn('2026-06-01')).toEqual(['Silver Birch']);
    expect(ledger.takings('2026-04')).toBe(185);
  });
});
