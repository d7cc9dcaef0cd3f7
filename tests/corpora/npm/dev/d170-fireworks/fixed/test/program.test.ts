import { describe, expect, it } from 'vitest';
import { planShow } from '../src';

const script = `
Harbour @ 20:15
+00:00 chrysanthemum-blue 4
+00:05 peony-red 1
+01:30 willow-gold 2
`;

describe('planShow', () => {
  it('reads the header and every cue', () => {
    const show = planShow(script, '2026-12-31');
    expect(show.name).toBe('Harbour');
    expect(show.start.toISOString()).toBe('2026-12-31T20:15:00.000Z');
    expect(show.cues.map((cue) => cue.shell.colour)).toEqual(['blue', 'red', 'gold']);
  });

  it('places each cue by its minutes and seconds after the start', () => {
    const show = planShow(script, '2026-12-31');
    expect(show.cues.map((cue) => show.offsetSeconds(cue))).toEqual([0, 5, 90]);
    expect(show.durationSeconds).toBe(96);
  });

  it('rejects a shell the catalogue does not hold', () => {
    expect(() => planShow('Test @ 21:00\n+00:10 comet-green 1', '2026-12-31')).toThrow('unknown shell: comet-green');
  });
});
