import { describe, expect, it } from 'vitest';
import { frameNumbers, mitesPerHundred, needsTreatment, report } from '../src';

describe('varroa', () => {
  it('counts mites per hundred bees of the sample', () => {
    expect(mitesPerHundred(9, 300)).toBe(3);
    expect(mitesPerHundred(10, 300)).toBe(3.3);
  });

  it('treats from three mites per hundred', () => {
    expect(needsTreatment(12, 300)).toBe(true);
    expect(needsTreatment(6, 300)).toBe(false);
  });
});

describe('frames', () => {
  it('reads the queen cell numbers marked on a frame', () => {
    expect(frameNumbers('brood q3 q4')).toEqual(['3', '4']);
    expect(frameNumbers('honey')).toEqual([]);
  });
});

describe('inspection', () => {
  it('reports a hive', () => {
    const inspection = { hive: 'H1', frames: ['brood q7', 'honey', 'brood', 'stores'], mites: 6, sampleBees: 300 };
    expect(report(inspection)).toEqual({ hive: 'H1', broodFrames: 2, queenCells: 1, mitesPer100: 2, treat: false });
  });
});
