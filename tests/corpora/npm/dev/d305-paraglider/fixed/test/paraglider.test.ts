import { describe, expect, it } from 'vitest';
import { flyable, logbook, longest, parseSite, rating } from '../src';

describe('paraglider', () => {
  it('reads a site line', () => {
    expect(parseSite('Mam Tor; NE, E ; 28')).toEqual({ name: 'Mam Tor', facing: ['NE', 'E'], maxWindKmh: 28 });
  });

  it('says whether a site is flyable in a wind', () => {
    const site = parseSite('Bradwell Edge; W, SW; 25');
    expect(flyable(site, 'SW', 20)).toBe(true);
    expect(flyable(site, 'SW', 30)).toBe(false);
    expect(flyable(site, 'E', 10)).toBe(false);
  });

  it('rates flights with up to five stars', () => {
    expect(rating(34)).toBe('***--');
    expect(rating(4)).toBe('-----');
    expect(rating(77)).toBe('*****');
  });

  it('keeps a logbook and its longest flight', () => {
    const flights = [
      { site: 'Mam Tor', km: 12, minutes: 40 },
      { site: 'Bradwell Edge', km: 31, minutes: 95 },
    ];
    expect(longest(flights)).toBe(31);
    expect(longest([])).toBe(0);
    expect(logbook(flights)).toEqual(['Mam Tor 12 km in 40 min *----', 'Bradwell Edge 31 km in 95 min ***--']);
  });
});
