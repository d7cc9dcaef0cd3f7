import { describe, expect, it } from 'vitest';
import { clock, parseTable } from '../src/table';

const TABLE = `# Saturday
HW 0642 4.8
LW 1258 0.9

HW 1917 5.1
LW 0030 1.2`;

describe('table', () => {
  it('reads the events in the order of the day', () => {
    expect(parseTable(TABLE)).toEqual([
      { water: 'LW', minutes: 30, heightM: 1.2 },
      { water: 'HW', minutes: 402, heightM: 4.8 },
      { water: 'LW', minutes: 778, heightM: 0.9 },
      { water: 'HW', minutes: 1157, heightM: 5.1 },
    ]);
  });

  it('rejects lines that are not tides', () => {
    expect(() => parseTable('HW 642 4.8')).toThrow('not a tide line');
    expect(() => parseTable('XX 0642 4.8')).toThrow('not a tide line');
  });

  it('prints clock times', () => {
    expect(clock(402)).toBe('06:42');
    expect(clock(1440 + 75)).toBe('01:15');
    expect(clock(-20)).toBe('23:40');
  });
});
