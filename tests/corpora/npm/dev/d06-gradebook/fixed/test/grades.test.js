import { describe, expect, it } from 'vitest';
import { letterGrade, summary } from '../src/grades.js';

describe('letterGrade', () => {
  it('boundaries belong to the higher grade', () => {
    expect(letterGrade(90)).toBe('A');
    expect(letterGrade(80)).toBe('B');
    expect(letterGrade(70)).toBe('C');
  });

  it('below seventy fails', () => {
    expect(letterGrade(69.5)).toBe('F');
  });
});

describe('summary', () => {
  it('mean, median and counts', () => {
    expect(summary([95, 85, 70, 60])).toEqual({ mean: 77.5, median: 77.5, counts: { A: 1, B: 1, C: 1, F: 1 } });
  });
});
