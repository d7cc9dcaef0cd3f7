import { describe, expect, it } from 'vitest';
import { Tram, fare, isPeak, zonesTravelled } from '../src';

describe('tram', () => {
  it('knows its stops', () => {
    const tram = new Tram('T2', ['Pier', 'Market', 'Summit']);
    expect(tram.calls('Market')).toBe(true);
    expect(tram.calls('Infirmary')).toBe(false);
    expect(tram.route()).toBe('T2: Pier - Market - Summit');
  });
});

describe('fares', () => {
  it('counts the zones a journey touches', () => {
    expect(zonesTravelled('Pier', 'Market')).toBe(1);
    expect(zonesTravelled('Summit', 'Market')).toBe(3);
  });

  it('charges by zones, a fifth more at the peaks', () => {
    expect(fare('Pier', 'Summit', '2026-05-04T12:30:00Z')).toBe(300);
    expect(fare('Market', 'Cathedral', '2026-05-04T20:05:00Z')).toBe(240);
    expect(fare('Pier', 'Market', '2026-05-04T08:15:00Z')).toBe(216);
  });

  it('knows the peaks', () => {
    expect(isPeak('2026-05-04T16:00:00Z')).toBe(true);
    expect(isPeak('2026-05-04T10:00:00Z')).toBe(false);
  });
});
