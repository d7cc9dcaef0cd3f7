import { describe, expect, it } from 'vitest';
import { afterHalving, byDifficulty, type Crease, foldsFlat, fromBase, kawasaki, maekawa, parseSheet, squareFrom } from '../src/index';

// The centre of a square folded into a waterbomb base, and a vertex that cannot fold flat.
const WATERBOMB: Crease[] = [
  { angle: 0, fold: 'valley' },
  { angle: 45, fold: 'mountain' },
  { angle: 90, fold: 'valley' },
  { angle: 135, fold: 'mountain' },
  { angle: 180, fold: 'valley' },
  { angle: 225, fold: 'mountain' },
  { angle: 270, fold: 'valley' },
  { angle: 315, fold: 'valley' },
];
const CROOKED: Crease[] = [
  { angle: 0, fold: 'mountain' },
  { angle: 100, fold: 'valley' },
  { angle: 180, fold: 'valley' },
  { angle: 270, fold: 'valley' },
];

describe('paper', () => {
  it('reads a sheet size', () => {
    expect(parseSheet('210x297')).toEqual({ width: 210, height: 297 });
    expect(() => parseSheet('A4')).toThrow('not a sheet size: A4');
  });

  it('cuts the biggest square', () => {
    expect(squareFrom('210X297')).toBe(210);
  });

  it('halves alternate sides', () => {
    expect(afterHalving(150, 3)).toEqual({ width: 37.5, height: 75 });
  });
});

describe('creases', () => {
  it('checks both theorems at a vertex', () => {
    expect(maekawa(WATERBOMB)).toBe(true);
    expect(kawasaki(WATERBOMB)).toBe(true);
    expect(kawasaki(CROOKED)).toBe(false);
  });

  it('folds flat only when every vertex does', () => {
    expect(foldsFlat([WATERBOMB, WATERBOMB])).toBe(true);
    expect(foldsFlat([WATERBOMB, CROOKED])).toBe(false);
  });
});

describe('models', () => {
  it('orders the catalogue from easy to hard', () => {
    expect(byDifficulty().map((model) => model.name)).toEqual(['fox', 'jumping frog', 'flapping bird', 'crane', 'lily']);
  });

  it('finds the models folded from a base', () => {
    expect(fromBase('bird')).toEqual(['crane', 'flapping bird']);
  });
});
