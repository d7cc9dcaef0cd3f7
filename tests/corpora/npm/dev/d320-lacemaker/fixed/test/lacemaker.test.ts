import { describe, expect, it } from 'vitest';
import { bobbinsNeeded, pinsPerRow, skeinLabel, threadMetres } from '../src/index';

describe('lacemaker', () => {
  it('fits pins across the pricking, one at each edge', () => {
    expect(pinsPerRow(2.5, 4)).toBe(11);
  });

  it('winds a pair of bobbins per pin', () => {
    expect(bobbinsNeeded({ widthCm: 2.5, lengthCm: 50, pinsPerCm: 4 })).toBe(22);
  });

  it('winds each bobbin for the length and a fifth more', () => {
    expect(threadMetres({ widthCm: 2.5, lengthCm: 50, pinsPerCm: 4 })).toBe(14);
    expect(threadMetres({ widthCm: 1, lengthCm: 120, pinsPerCm: 5 })).toBe(18);
  });

  it('labels skeins, unlabelled ones at the usual weight', () => {
    expect(skeinLabel({ colour: 'ecru', metresPerGram: 80 })).toBe('ecru 80 m/g (1.25 g per 100 m)');
    expect(skeinLabel({ colour: 'white' })).toBe('white 60 m/g (1.67 g per 100 m)');
  });
});
