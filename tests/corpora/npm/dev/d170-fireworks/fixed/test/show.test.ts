import { describe, expect, it } from 'vitest';
import { CATALOGUE, Show } from '../src';
import type { Shell } from '../src';

const shell = (name: string): Shell => {
  const found = CATALOGUE.get(name);
  if (!found) throw new Error(name);
  return found;
};
const at = (clock: string) => new Date(`2026-11-05T${clock}Z`);

const finale = () =>
  new Show('Finale', at('19:30:00'))
    .fire(shell('strobe-white'), at('19:30:04'), 2)
    .fire(shell('peony-red'), at('19:30:00'), 1)
    .fire(shell('willow-gold'), at('19:30:01'), 3)
    .fire(shell('peony-red'), at('19:30:06'), 1);

describe('Show', () => {
  it('lists the cues in firing order', () => {
    expect(finale().cues.map((cue) => cue.shell.name)).toEqual([
      'peony-red',
      'willow-gold',
      'strobe-white',
      'peony-red',
    ]);
  });

  it('measures a cue from the start of the show', () => {
    const show = finale();
    expect(show.cues.map((cue) => show.offsetSeconds(cue))).toEqual([0, 1, 4, 6]);
  });

  it('lasts until the longest burst has faded', () => {
    expect(finale().durationSeconds).toBe(12);
  });

  it('keeps spectators back by the largest calibre', () => {
    expect(finale().safetyDistanceM).toBe(70);
    expect(new Show('Small', at('18:00:00')).fire(shell('strobe-white'), at('18:00:00'), 1).safetyDistanceM).toBe(35);
    expect(new Show('Empty', at('18:00:00')).safetyDistanceM).toBe(25);
  });

  it('names each rack once, in the order it is first needed', () => {
    expect([...finale().racksInOrder()]).toEqual([1, 3, 2]);
  });

  it('tells the colours in the sky at a moment', () => {
    expect(finale().coloursAt(2)).toEqual(['red', 'gold']);
    expect(finale().coloursAt(6.5)).toEqual(['gold', 'white', 'red']);
  });

  it('refuses a shell fired before the start', () => {
    expect(() => new Show('Early', at('20:00:00')).fire(shell('peony-red'), at('19:59:00'), 1)).toThrow(
      'fires before the show starts',
    );
  });
});
