const { Bonsai, intervalDays, addDays, wateringPlan } = require('../src');

describe('a bonsai', () => {
  test('needs repotting after its species interval', () => {
    const tree = new Bonsai('Kumo', 'juniper', 2022);
    expect(tree.needsRepotting(2024)).toBe(false);
    expect(tree.needsRepotting(2025)).toBe(true);
  });

  test('counts its years in the pot from the last repotting', () => {
    const tree = new Bonsai('Aki', 'maple', 2020).repot(2025);
    expect(tree.pottedYear).toBe(2025);
    expect(tree.yearsInPotAt(2026)).toBe(1);
    expect(tree.needsRepotting(2026)).toBe(false);
    expect(() => tree.repot(2019)).toThrow(RangeError);
  });

  test('takes wire off a branch and lists the wire due', () => {
    const tree = new Bonsai('Kumo', 'pine', 2021)
      .wire('apex', '2026-05-01')
      .wire('left', '2026-04-01')
      .wire('back', '2026-07-01');
    tree.unwire('left');
    expect(tree.wireCount).toBe(2);
    expect(tree.wiresDue('2026-06-01')).toEqual(['apex']);
    tree.unwire('nothing');
    expect(tree.wireCount).toBe(2);
  });
});

describe('watering', () => {
  test('looks up the interval by species and season', () => {
    expect(intervalDays('ficus', 'summer')).toBe(2);
    expect(() => intervalDays('ficus', 'monsoon')).toThrow('no watering interval');
  });

  test('adds days across a month end', () => {
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02');
  });

  test('plans the next waterings soonest first and skips dormant trees in winter', () => {
    const trees = [
      { name: 'Kumo', species: 'juniper', lastWatered: '2026-01-10', dormant: true },
      { name: 'Aki', species: 'maple', lastWatered: '2026-01-12' },
      { name: 'Bo', species: 'ficus', lastWatered: '2026-01-11' },
    ];
    expect(wateringPlan(trees, 'winter')).toEqual([
      { name: 'Bo', on: '2026-01-15' },
      { name: 'Aki', on: '2026-01-17' },
    ]);
    expect(wateringPlan(trees, 'summer').map((entry) => entry.name)).toEqual(['Kumo', 'Aki', 'Bo']);
  });
});
