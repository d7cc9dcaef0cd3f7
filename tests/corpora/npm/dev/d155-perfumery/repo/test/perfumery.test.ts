import { describe, expect, it } from 'vitest';
import { bottle, Formula, note } from '../src/index';

function dusk(): Formula {
  return new Formula('Dusk')
    .add('bergamot', 12)
    .add('rose', 20)
    .add('vetiver', 6)
    .add('neroli', 8)
    .add('rose', 4)
    .add('sandalwood', 10);
}

describe('notes', () => {
  it('looks notes up in the organ', () => {
    expect(note('rose').family).toBe('heart');
    expect(() => note('oud')).toThrow('no such note: oud');
  });
});

describe('formula', () => {
  it('lists each note once and counts every drop', () => {
    const formula = dusk();
    expect(formula.notes.map((n) => n.name)).toEqual(['bergamot', 'rose', 'vetiver', 'neroli', 'sandalwood']);
    expect(formula.totalDrops).toBe(60);
  });

  it('gives the share of each family', () => {
    const formula = dusk();
    expect([formula.share('top'), formula.share('heart'), formula.share('base')]).toEqual([20, 53, 27]);
  });

  it('writes the pyramid from top to base', () => {
    expect(dusk().pyramid()).toEqual([
      '1. bergamot (top)',
      '2. neroli (heart)',
      '3. rose (heart)',
      '4. vetiver (base)',
      '5. sandalwood (base)',
    ]);
  });
});

describe('bottling', () => {
  it('dilutes to the strength asked for', () => {
    expect(bottle(dusk())).toEqual({ label: 'Dusk, eau de parfum, 50 ml', concentrateMl: 9, alcoholMl: 41 });
    expect(bottle(dusk(), { strength: 'eau de toilette', ml: 100 })).toEqual({
      label: 'Dusk, eau de toilette, 100 ml',
      concentrateMl: 10,
      alcoholMl: 90,
    });
    expect(() => bottle(dusk(), { strength: 'splash' })).toThrow('unknown strength');
  });
});
