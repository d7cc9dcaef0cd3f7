import { describe, expect, it } from 'vitest';
import { bandFor, bill, describeBand, parseTariff, pounds, type Reading, usage } from '../src/index';

const TARIFF = parseTariff(`
  standing 45.5
  night 23-7 9.8
  day 7-16 24.1
  peak 16-19 38.5
  evening 19-23 24.1
`);

const READINGS: Reading[] = [
  { at: '2026-01-12T06:00', kwh: 1000 },
  { at: '2026-01-12T17:00', kwh: 1006.5 },
  { at: '2026-01-12T07:00', kwh: 1001.2 },
  { at: '2026-01-12T20:00', kwh: 1009 },
  { at: '2026-01-13T01:00', kwh: 1012 },
];

describe('meter', () => {
  it('gives the use between readings in time order', () => {
    expect(usage(READINGS)).toEqual([
      { hour: 6, kwh: 1.2 },
      { hour: 7, kwh: 5.3 },
      { hour: 17, kwh: 2.5 },
      { hour: 20, kwh: 3 },
    ]);
    expect(() => usage([{ at: '2026-01-12T06:00', kwh: 5 }, { at: '2026-01-12T07:00', kwh: 4 }])).toThrow('backwards');
    expect(() => usage([{ at: '12/01/2026 06:00', kwh: 5 }, { at: '2026-01-12T07:00', kwh: 6 }])).toThrow('bad reading time');
  });
});

describe('tariff', () => {
  it('is read from its lines', () => {
    expect(TARIFF.standingPence).toBe(45.5);
    expect(TARIFF.bands.map((b) => [b.name, b.from, b.to, b.pence])).toEqual([
      ['night', 23, 7, 9.8],
      ['day', 7, 16, 24.1],
      ['peak', 16, 19, 38.5],
      ['evening', 19, 23, 24.1],
    ]);
    expect(describeBand(TARIFF.bands[0])).toBe('night 23:00-7:00 at 9.8p');
  });

  it('finds the band of each hour, night over midnight', () => {
    expect([0, 3, 6, 7, 15, 16, 18, 19, 22, 23].map((h) => bandFor(TARIFF, h).name)).toEqual([
      'night', 'night', 'night', 'day', 'day', 'peak', 'peak', 'evening', 'evening', 'night',
    ]);
    expect(() => bandFor(parseTariff('day 7-19 20'), 3)).toThrow('no band covers hour 3');
  });
});

describe('bill', () => {
  it('charges each band and the standing charge', () => {
    const result = bill(READINGS, TARIFF, 2);
    expect(result.lines).toEqual([
      { band: 'night', kwh: 1.2, pence: 12 },
      { band: 'day', kwh: 5.3, pence: 128 },
      { band: 'peak', kwh: 2.5, pence: 96 },
      { band: 'evening', kwh: 3, pence: 72 },
    ]);
    expect(result.standing).toBe(91);
    expect(pounds(result.total)).toBe('£3.99');
  });
});
