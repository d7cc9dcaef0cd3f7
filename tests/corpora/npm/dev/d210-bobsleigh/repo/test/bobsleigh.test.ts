import { describe, expect, it } from 'vitest';
import { parseRun, parseSled, standings, startList } from '../src';

const SHEET = [
  'Latvia 1; two-man; 1; 49.87',
  'de Vries; two-man; 1; 50.02',
  'Latvia 1; two-man; 2; 49.95',
  'de Vries; two-man; 2; 49.71',
  'Austria 2; monobob; 1; 53.40',
  'Zurich; monobob; 1; 53.90',
];

describe('sleds', () => {
  it('reads a sled class in any case', () => {
    expect(parseSled(' Monobob ')).toBe('monobob');
    expect(() => parseSled('luge')).toThrow('unknown sled: luge');
  });
});

describe('runs', () => {
  it('reads a line of the timing sheet', () => {
    expect(parseRun(SHEET[0])).toEqual({ team: 'Latvia 1', sled: 'two-man', heat: 1, seconds: 49.87 });
  });

  it('refuses a run without a time', () => {
    expect(() => parseRun('Zurich; monobob; 2; DNF')).toThrow('no time for Zurich: DNF');
  });

  it('ranks the crews of a class by their total time', () => {
    expect(standings(SHEET.map(parseRun), 'two-man')).toEqual([
      { team: 'de Vries', total: 99.73 },
      { team: 'Latvia 1', total: 99.82 },
    ]);
  });
});

describe('start list', () => {
  it('lists each crew once, alphabetically', () => {
    expect(startList(SHEET.map(parseRun))).toEqual([
      'Austria 2',
      'de Vries',
      'Latvia 1',
      'Zurich',
    ]);
  });
});
