const path = require('node:path');
const { flashes, gradeIndex, hardestSends, loadSession, parseSession, sendRate, toFont } = require('../src');

const TUESDAY = path.join(__dirname, 'fixtures', 'tuesday.txt');

describe('grades', () => {
  test('puts both scales on one index', () => {
    expect(gradeIndex('V4')).toBe(4);
    expect(gradeIndex('6b')).toBe(4);
    expect(toFont('V7')).toBe('7A+');
    expect(() => gradeIndex('E5')).toThrow('unknown grade');
  });
});

describe('sessions', () => {
  test('reads a session log', async () => {
    const session = await loadSession(TUESDAY);
    expect(session).toHaveLength(7);
    expect(session[1]).toEqual({ grade: '6B', attempts: 4, sent: true });
  });

  test('counts the flashes and the send rate', async () => {
    const session = await loadSession(TUESDAY);
    expect(flashes(session)).toBe(2);
    expect(sendRate(session)).toBe(71);
    expect(sendRate([])).toBe(0);
  });

  test('lists the hardest sends first', async () => {
    const session = await loadSession(TUESDAY);
    expect(hardestSends(session, 3)).toEqual(['7A', '6B', 'V3']);
    expect(hardestSends(parseSession('V0 2 sent\nV1 1 project'), 5)).toEqual(['V0']);
  });
});
