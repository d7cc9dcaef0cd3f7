const { cuttable, invoicePence, isNight, labourPence, masterWafers, parseBitting } = require('../src');

describe('keys', () => {
  test('reads a bitting code', () => {
    expect(parseBitting('35271')).toEqual([3, 5, 2, 7, 1]);
    expect(() => parseBitting('3527')).toThrow('bad bitting');
  });

  test('refuses a key whose neighbouring cuts are too far apart', () => {
    expect(cuttable('35271')).toBe(true);
    expect(cuttable('19052')).toBe(false);
    expect(cuttable('80808')).toBe(false);
  });

  test('puts a master wafer where the keys differ', () => {
    expect(masterWafers('35271', '35471')).toEqual([2]);
    expect(masterWafers('35271', '15279')).toEqual([2, 8]);
  });
});

describe('jobs', () => {
  test('charges labour in started quarter hours', () => {
    expect(labourPence({ kind: 'lockout' })).toBe(3000);
    expect(labourPence({ kind: 'rekey', locks: 2 })).toBe(4500);
    expect(labourPence({ kind: 'fit', locks: 1 })).toBe(4500);
    expect(() => labourPence({ kind: 'safe' })).toThrow('unknown job');
  });

  test('knows the night hours', () => {
    expect(isNight('22:15')).toBe(true);
    expect(isNight('06:59')).toBe(true);
    expect(isNight('07:00')).toBe(false);
    expect(isNight('13:30')).toBe(false);
  });

  test('adds the call-out and the parts', () => {
    expect(invoicePence({ kind: 'fit', locks: 1, time: '10:00', partsPence: 3999 })).toBe(14999);
    expect(invoicePence({ kind: 'lockout', time: '23:40' })).toBe(11000);
  });
});
