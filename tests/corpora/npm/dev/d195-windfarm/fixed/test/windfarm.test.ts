import { describe, expect, it } from 'vitest';
import { Site, outputKw, parseConfig, windAtHub } from '../src';

const CONFIG = `# Moor Top wind farm
T01 rated=3600 hub=105  # north row
T02 rated=3600 hub=105
T03 rated=2500 hub=90   # the old one

T04 rated=2500 hub=80`;

describe('power curve', () => {
  it('is zero below cut-in and above cut-out, and flat at rated speed', () => {
    expect(outputKw(3600, 2)).toBe(0);
    expect(outputKw(3600, 30)).toBe(0);
    expect(outputKw(3600, 13)).toBe(3600);
    expect(outputKw(3600, 7.5)).toBe(836);
  });

  it('scales the wind up to the hub', () => {
    expect(windAtHub(6, 105)).toBeCloseTo(8.395, 3);
  });
});

describe('config', () => {
  it('reads the turbines, with or without a comment', () => {
    expect(parseConfig(CONFIG)).toEqual([
      { id: 'T01', ratedKw: 3600, hubM: 105 },
      { id: 'T02', ratedKw: 3600, hubM: 105 },
      { id: 'T03', ratedKw: 2500, hubM: 90 },
      { id: 'T04', ratedKw: 2500, hubM: 80 },
    ]);
  });
});

describe('site', () => {
  it('adds up the output of its turbines', () => {
    const site = new Site('Moor Top', parseConfig(CONFIG));
    expect(site.outputKw(6)).toBe(3898);
    expect(site.outputKw(9)).toBe(12200);
    site.stop('T03');
    expect(site.outputKw(6)).toBe(3124);
  });

  it('writes a snapshot of its turbines', () => {
    const site = new Site('Moor Top', parseConfig(CONFIG));
    site.stop('T03');
    const snapshot = JSON.parse(site.snapshot());
    expect(snapshot.site).toBe('Moor Top');
    expect(snapshot.turbines.map((t: { id: string; stopped: boolean }) => [t.id, t.stopped])).toEqual([
      ['T01', false],
      ['T02', false],
      ['T03', true],
      ['T04', false],
    ]);
  });
});
