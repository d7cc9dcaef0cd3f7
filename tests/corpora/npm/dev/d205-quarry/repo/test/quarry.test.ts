import { describe, expect, it } from 'vitest';
import { Grade, gradeOf, Quarry } from '../src';

describe('grades', () => {
  it('grades a block by its size and cracks', () => {
    expect(gradeOf(3.2, false)).toBe(Grade.Dimension);
    expect(gradeOf(3.2, true)).toBe(Grade.Aggregate);
    expect(gradeOf(0.2, false)).toBe(Grade.Rubble);
  });
});

describe('quarry', () => {
  it('hauls only from a blasted face', () => {
    const quarry = new Quarry();
    quarry.addFace('north', '10 t');
    expect(() => quarry.addFace('west', 'lots')).toThrow(/bad survey/);
    expect(() => quarry.haul('north', { tonnes: 4, grade: Grade.Rubble })).toThrow(/not been blasted/);
    quarry.blast('north');
    expect(quarry.haul('north', { tonnes: 4, grade: Grade.Dimension })).toBe('4 t of dimension stone');
  });

  it('clears a face when the loads add up to its survey', () => {
    const quarry = new Quarry();
    quarry.addFace('east', '13,3 t');
    quarry.blast('east');
    quarry.haul('east', { tonnes: 8.7, grade: Grade.Aggregate });
    expect(quarry.isCleared('east')).toBe(false);
    quarry.haul('east', { tonnes: 4.6, grade: Grade.Rubble });
    expect(quarry.isCleared('east')).toBe(true);
  });
});
