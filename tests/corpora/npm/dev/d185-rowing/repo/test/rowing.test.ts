import { describe, expect, it } from 'vitest';
import { eight, formatTime, parseTime, sides, splitFor, stroke, substitute, summarise, watts } from '../src';
import type { Piece } from '../src';

describe('split', () => {
  it('reads and writes rowing times', () => {
    expect(parseTime('6:12.4')).toBe(372.4);
    expect(formatTime(372.4)).toBe('6:12.4');
    expect(formatTime(59.96)).toBe('1:00.0');
    expect(() => parseTime('6:72')).toThrow('bad time 6:72');
  });

  it('gives the split per 500 metres and its power', () => {
    expect(splitFor(2000, 372.4)).toBe('1:33.1');
    expect(watts(100)).toBe(350);
  });
});

describe('crew', () => {
  const blue = () => eight('Isis', ['Ada', 'Bea', 'Cal', 'Dev', 'Eli', 'Fay', 'Gus', 'Hal'], 'Ivy');

  it('puts the stroke in the last seat and the sides alternately', () => {
    expect(stroke(blue())).toBe('Hal');
    expect(sides(blue())).toEqual({ bow: ['Ada', 'Cal', 'Eli', 'Gus'], stroke: ['Bea', 'Dev', 'Fay', 'Hal'] });
    expect(() => eight('Isis', ['Ada'], 'Ivy')).toThrow('an eight needs 8 rowers, not 1');
  });

  it('substitutes one seat and leaves the crew it came from alone', () => {
    const crew = blue();
    const changed = substitute(crew, 3, 'Kit');
    expect(changed.seats[2]).toBe('Kit');
    expect(crew.seats[2]).toBe('Cal');
    expect(() => substitute(crew, 9, 'Kit')).toThrow('no seat 9 in Isis');
  });
});

describe('session', () => {
  const pieces: Piece[] = [
    { metres: 2000, seconds: 600, timed: false },
    { metres: 1000, seconds: 190, timed: true },
    { metres: 1000, seconds: 188.6, timed: true },
  ];

  it('sums the timed pieces only', () => {
    expect(summarise(pieces)).toEqual({ metres: 2000, time: '6:18.6', splits: ['1:35.0', '1:34.3'] });
  });

  it('reports each timed piece as it goes', () => {
    const seen: string[] = [];
    summarise(pieces, { onPiece: (index, split) => seen.push(`${index}:${split}`) });
    expect(seen).toEqual(['1:1:35.0', '2:1:34.3']);
  });
});
