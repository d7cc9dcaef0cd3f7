import { describe, expect, it } from 'vitest';
import { depthAt, forPort, heightAt, parseTable, PortOffsets } from '../src/index';

const TABLE = `# Saturday
HW 0642 4.8
LW 1258 0.9

HW 1917 5.1
LW 0030 1.2`;

describe('heights', () => {
  const low = { water: 'LW' as const, minutes: 0, heightM: 1 };
  const high = { water: 'HW' as const, minutes: 360, heightM: 5.8 };

  it('follows the rule of twelfths', () => {
    expect(heightAt(low, high, 0)).toBe(1);
    expect(heightAt(low, high, 120)).toBe(2.2);
    expect(heightAt(low, high, 180)).toBe(3.4);
    expect(heightAt(low, high, 360)).toBe(5.8);
    expect(heightAt(high, { ...low, minutes: 720 }, 450)).toBe(5);
  });

  it('gives the depth over a bar', () => {
    const events = parseTable(TABLE);
    expect(depthAt(events, 402, 0.5)).toBe(5.3);
    expect(depthAt(events, 216, 0.5)).toBe(3.5);
    expect(() => depthAt(events, 10, 0.5)).toThrow('outside');
  });
});

describe('secondary ports', () => {
  const offsets = new PortOffsets().add('Weir Quay', 25).add('Saltash', -10);

  it('shifts the standard port times', () => {
    const events = parseTable('LW 0030 1.2\nHW 2350 5.0');
    expect(forPort(events, offsets, 'saltash')).toEqual(['LW 00:20 1.2', 'HW 23:40 5.0']);
    expect(forPort(events, offsets, 'Weir Quay')).toEqual(['LW 00:55 1.2', 'HW 00:15 5.0']);
  });

  it('refuses a port it has no offset for', () => {
    expect(() => forPort([], offsets, 'Calstock')).toThrow('no tidal offset');
  });
});
