const { parsePrintout, secondsOf, velocity, Race } = require('../src');

const printout = `
GB24A1234   11:02:14
GB23C88012   10:58:40
GB24A1299   11:02:14
`;

const entries = () => [
  { ring: 'GB24A1234', loft: 'Hill Top', section: 'young birds', miles: 150 },
  { ring: 'GB23C88012', loft: 'Brook End', section: 'old birds', miles: 146.25 },
  { ring: 'GB24A1299', loft: 'Hill Top', section: 'young birds', miles: 150 },
  { ring: 'GB22K4410', loft: 'Mill Farm', section: 'open', miles: 151.5 },
];

describe('clock', () => {
  test('reads the clock printout', () => {
    expect(parsePrintout(printout)).toEqual([
      { ring: 'GB24A1234', seconds: 39734 },
      { ring: 'GB23C88012', seconds: 39520 },
      { ring: 'GB24A1299', seconds: 39734 },
    ]);
    expect(() => parsePrintout('GB24A1234 11:02:14')).toThrow('unreadable clock line');
    expect(secondsOf('07:30')).toBe(27000);
  });

  test('gives the velocity in yards per minute', () => {
    expect(velocity(150, 12734)).toBe(1243.914);
    expect(() => velocity(150, 0)).toThrow('before it is liberated');
  });
});

describe('race', () => {
  test('enters birds once each', () => {
    const race = new Race('Ashford', '07:30');
    for (const bird of entries()) race.register(bird);
    expect(() => race.register({ ...entries()[0] })).toThrow('GB24A1234 is already entered');
    expect(race.birds).toHaveLength(4);
  });

  test('ranks the birds clocked in by velocity', () => {
    const race = new Race('Ashford', '07:30');
    for (const bird of entries()) race.register(bird);
    race.clockIn(printout);
    expect(race.results().map((row) => [row.ring, row.ypm])).toEqual([
      ['GB24A1234', 1243.914],
      ['GB24A1299', 1243.914],
      ['GB23C88012', 1233.546],
    ]);
    expect(race.results('old birds')).toEqual([{ ring: 'GB23C88012', loft: 'Brook End', ypm: 1233.546 }]);
  });
});
