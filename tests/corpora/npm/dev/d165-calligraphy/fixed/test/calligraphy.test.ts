import { describe, expect, it } from 'vitest';
import { inkMl, letters, lineHeightMm, normalise, strokeCount, strokes } from '../src/index';

describe('strokes', () => {
  it('lists the strokes of a word in the order the pen makes them', () => {
    expect([...strokes('it')]).toEqual([
      { letter: 'i', order: 1, kind: 'stem' },
      { letter: 'i', order: 2, kind: 'dot' },
      { letter: 't', order: 1, kind: 'stem' },
      { letter: 't', order: 2, kind: 'cross' },
    ]);
  });

  it('counts the strokes of a word and refuses a letter without a plan', () => {
    expect(strokeCount('Minim')).toBe(12);
    expect(() => strokeCount('quill')).toThrow("no stroke plan for 'q'");
  });
});

describe('text', () => {
  it('collapses the spacing of pasted copy', () => {
    expect(normalise('  In  the\tbeginning\n was ')).toBe('In the beginning was');
  });

  it('counts decorative letters as one each', () => {
    expect(letters('𝒜 𝒷𝒸')).toEqual(['𝒜', '𝒷', '𝒸']);
    expect(letters('ab  c')).toHaveLength(3);
  });

  it('works out the ink a text needs', () => {
    expect(inkMl('𝓛𝓸𝓿𝓮 and', 2)).toBe(0.28);
    expect(inkMl('abc', 3.5)).toBe(0.21);
  });

  it('spaces the guidelines by the nib width', () => {
    expect(lineHeightMm(2)).toBe(22);
    expect(lineHeightMm(1.5, { xHeight: 4 })).toBe(15);
  });
});
