import { describe, expect, it } from 'vitest';
import { coolingMinutes, gatherGrams, gathersFor, Kiln, type Piece } from '../src/index';

const PIECES: Piece[] = [
  { name: 'tumbler', colour: 'clear', thicknessMm: 4 },
  { name: 'vase', colour: 'cobalt', thicknessMm: 6 },
  { name: 'paperweight', colour: 'clear', thicknessMm: 10 },
];

describe('kiln', () => {
  const kiln = new Kiln(1.5, { cobalt: 1.2 });

  it('anneals with the square of the thickness', () => {
    expect(kiln.annealMinutes(PIECES[0])).toBe(24);
    expect(kiln.annealMinutes(PIECES[1])).toBe(65);
  });

  it('schedules every piece', () => {
    expect(kiln.schedule(PIECES)).toEqual([
      { piece: 'tumbler', minutes: 24 },
      { piece: 'vase', minutes: 65 },
      { piece: 'paperweight', minutes: 150 },
    ]);
  });

  it('runs as long as the slowest piece', () => {
    expect(kiln.cycleMinutes(PIECES)).toBe(150);
    expect(kiln.cycleMinutes([])).toBe(0);
  });

  it('cools at a steady rate', () => {
    expect(coolingMinutes(510, 20, 70)).toBe(420);
    expect(coolingMinutes(20, 510, 70)).toBe(0);
  });
});

describe('gather', () => {
  it('weighs a gather', () => {
    expect(gatherGrams(6, 8)).toBe(565);
  });

  it('counts the gathers a piece needs', () => {
    expect(gathersFor(1200, 565)).toBe(3);
  });
});
