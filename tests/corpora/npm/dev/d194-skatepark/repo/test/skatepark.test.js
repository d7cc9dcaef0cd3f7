const { Ledger, band, parseRoster, ranking, runScore } = require('../src');

const ROSTER = `[
  { "id": "r1", "name": "Kai", "age": 14, "member": true },
  { "id": "r2", "name": "Mo", "age": 31, "member": false },
  { "id": "r3", "name": "Ines", "age": 67, "member": false }
]`;

describe('passes', () => {
  test('bands riders by age', () => {
    expect(band(15)).toBe('junior');
    expect(band(16)).toBe('adult');
    expect(band(65)).toBe('senior');
  });
});

describe('ledger', () => {
  test('charges each rider by band and membership', () => {
    const ledger = new Ledger();
    const riders = parseRoster(ROSTER);
    expect(riders.map((rider) => ledger.record(rider))).toEqual([375, 800, 600]);
    expect(ledger.takings()).toBe(1775);
  });

  test('lets a rider in free on every fifth visit of their own', () => {
    const ledger = new Ledger();
    const [kai, mo] = parseRoster(ROSTER);
    for (let visit = 0; visit < 3; visit += 1) {
      ledger.record(kai);
      ledger.record(mo);
    }
    expect(ledger.takings()).toBe(3525);
    expect([ledger.record(kai), ledger.record(kai)]).toEqual([375, 0]);
  });

  test('says when the roster is not JSON', () => {
    expect(() => parseRoster('{ riders: none }')).toThrow(/^the roster is not JSON/);
  });
});

describe('tricks', () => {
  test('scores a run less its falls', () => {
    expect(runScore(['ollie', 'kickflip', 'backside 180'], 1)).toBe(6);
    expect(runScore(['ollie'], 3)).toBe(0);
  });

  test('ranks the runs, ties by name', () => {
    const runs = [
      { rider: 'Mo', tricks: ['heelflip'], falls: 0 },
      { rider: 'Kai', tricks: ['kickflip', 'ollie'], falls: 0 },
      { rider: 'Ines', tricks: ['rock to fakie', 'ollie'], falls: 0 },
    ];
    expect(ranking(runs)).toEqual([
      { rider: 'Kai', score: 4 },
      { rider: 'Ines', score: 3 },
      { rider: 'Mo', score: 3 },
    ]);
  });
});
