import { describe, expect, it } from 'vitest';
import { average, distribution, format, mulberry32, parse, probability, roll, rollDie, sequence } from '../src/index';

describe('notation', () => {
  it('parses counts, sides, keeps and modifiers', () => {
    expect(parse('3d6')).toEqual({ count: 3, sides: 6, modifier: 0 });
    expect(parse('d20')).toEqual({ count: 1, sides: 20, modifier: 0 });
    expect(parse('2d10 + 4')).toEqual({ count: 2, sides: 10, modifier: 4 });
    expect(parse('4d6kh3')).toEqual({ count: 4, sides: 6, keep: { which: 'highest', n: 3 }, modifier: 0 });
    expect(parse('2D20KL1-1')).toEqual({ count: 2, sides: 20, keep: { which: 'lowest', n: 1 }, modifier: -1 });
    expect(() => parse('3x6')).toThrow(SyntaxError);
    expect(() => parse('0d6')).toThrow(RangeError);
    expect(() => parse('2d6kh3')).toThrow('cannot keep 3 of 2 dice');
  });

  it('writes a spec back as notation', () => {
    expect(format(parse('d20'))).toBe('1d20');
    expect(format(parse('4d6kh3+2'))).toBe('4d6kh3+2');
    expect(format(parse('2d8-3'))).toBe('2d8-3');
  });
});

describe('rolling', () => {
  it('rolls every face of a die from 1 to its sides', () => {
    expect(rollDie(6, () => 0)).toBe(1);
    expect(rollDie(6, () => 0.999)).toBe(6);
    expect(rollDie(20, () => 0.5)).toBe(11);
    const random = mulberry32(7);
    const faces = new Set(Array.from({ length: 600 }, () => rollDie(6, random)));
    expect([...faces].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('adds the modifier and keeps the highest or lowest dice', () => {
    const fixed = sequence([0.1, 0.9, 0.5, 0.3]);
    expect(roll('4d6', fixed)).toEqual({ rolls: [1, 6, 4, 2], kept: [1, 6, 4, 2], total: 13 });
    expect(roll('4d6kh3+1', fixed)).toEqual({ rolls: [1, 6, 4, 2], kept: [6, 4, 2], total: 13 });
    expect(roll('2d20kl1', sequence([0.7, 0.2]))).toEqual({ rolls: [15, 5], kept: [5], total: 5 });
  });

  it('replays a seeded game', () => {
    const first = Array.from({ length: 5 }, (_, i, random = mulberry32(42 + i)) => roll('3d6', random).total);
    const again = Array.from({ length: 5 }, (_, i, random = mulberry32(42 + i)) => roll('3d6', random).total);
    expect(again).toEqual(first);
    expect(first.every((total) => total >= 3 && total <= 18)).toBe(true);
  });
});

describe('odds', () => {
  it('knows the exact distribution of a sum', () => {
    expect([...distribution('2d6')]).toEqual([
      [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 5], [9, 4], [10, 3], [11, 2], [12, 1],
    ]);
    expect(distribution('1d4+10').get(14)).toBe(1);
    expect(() => distribution('4d6kh3')).toThrow('no exact distribution');
  });

  it('gives averages and chances', () => {
    expect(average('3d6')).toBe(10.5);
    expect(average('d20+5')).toBe(15.5);
    expect(probability('2d6', 7)).toBeCloseTo(21 / 36, 10);
    expect(probability('1d20', 20)).toBe(0.05);
    expect(probability('1d20+3', 4)).toBe(1);
  });
});
