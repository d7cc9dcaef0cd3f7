import { describe, expect, it } from 'vitest';
import { chime, parseMenu, priceTag, roundSheet, timetable } from '../src/index';

const board = ['vanilla: 2', 'mint choc: 2.5', 'sorbet: 1.8'].join('\n');

describe('menu', () => {
  it('reads the board', () => {
    expect(parseMenu(board)[1]).toEqual({ flavour: 'mint choc', price: 2.5 });
  });
  it('writes a price tag', () => {
    expect(priceTag({ flavour: 'sorbet', price: 1.8 })).toBe('sorbet £1.80');
  });
});

describe('route', () => {
  it('waits at each street and drives on', () => {
    expect(timetable(['Elm Row', 'Mill Lane', 'Quay'], 840).map((stop) => stop.arrive)).toEqual([840, 860, 880]);
  });
  it('chimes the arrival', () => {
    expect(chime({ street: 'Quay', arrive: 905 })).toBe('Quay at 15:05');
    expect(chime({ street: 'Mill Lane', arrive: 870 })).toBe('Mill Lane at 14:30');
  });
  it('prints the round sheet', () => {
    expect(roundSheet('vanilla: 2', ['Elm Row', 'Quay'], 960)).toEqual(['Elm Row at 16:00', 'Quay at 16:20', 'vanilla £2.00']);
  });
});
