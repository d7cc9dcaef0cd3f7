import { describe, expect, it } from 'vitest';
import { aftercare, byClient, clock, nextCheckIn, parseNeedles, Session, setupSheet } from '../src';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('needles', () => {
  it('reads a needle grouping', () => {
    expect(parseNeedles(' 7rl')).toEqual({ count: 7, configuration: 'RL' });
    expect(() => parseNeedles('7X')).toThrow('not a needle grouping');
  });

  it('lists each grouping once on the set-up sheet, smallest first', () => {
    expect(setupSheet(', ', '9M1', '3RL', '7RL', '3rl', '7RS')).toBe('3RL, 7RL, 7RS, 9M1');
    expect(setupSheet(' / ')).toBe('');
  });
});

describe('Session', () => {
  it('shows its slot on a 24-hour clock', () => {
    expect(clock(545)).toBe('09:05');
    expect(new Session('Rui', 780, 150).slot).toBe('13:00-15:30');
  });

  it('bills every quarter hour begun, with a minimum charge', () => {
    expect(new Session('Rui', 600, 100).pricePence).toBe(21000);
    expect(new Session('Rui', 600, 20).pricePence).toBe(6000);
  });

  it('knows a colour piece from black and grey work', () => {
    expect(new Session('Rui', 600, 60, ['black', 'grey']).colour).toBe(false);
    expect(new Session('Rui', 600, 60, ['black', 'red']).colour).toBe(true);
  });

  it('groups the sessions by client', () => {
    const groups = byClient([new Session('Rui', 600, 60), new Session('Ana', 720, 90), new Session('Rui', 900, 30)]);
    expect([...groups.keys()]).toEqual(['Rui', 'Ana']);
    expect(groups.get('Rui')?.map((session) => session.slot)).toEqual(['10:00-11:00', '15:00-15:30']);
  });

  it('refuses inks the studio does not stock', () => {
    expect(() => new Session('Rui', 600, 60, ['gold', 'black', 'teal'])).toThrow('no gold or teal ink in stock');
  });
});

describe('aftercare', () => {
  const session = new Date('2026-04-28T15:00:00Z');

  it('plans five check-ins over four weeks', () => {
    expect([...aftercare(session)].map(iso)).toEqual(['2026-04-29', '2026-05-01', '2026-05-05', '2026-05-12', '2026-05-26']);
  });

  it('finds the next check-in from a day', () => {
    expect(iso(nextCheckIn(session, new Date('2026-05-02T00:00:00Z')) as Date)).toBe('2026-05-05');
    expect(nextCheckIn(session, new Date('2026-06-01T00:00:00Z'))).toBeUndefined();
  });
});
