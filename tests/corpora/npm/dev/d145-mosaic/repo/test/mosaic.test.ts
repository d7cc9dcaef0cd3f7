import { describe, expect, it } from 'vitest';
import { fitting, Grid, palette, sheetsFor, tilesAlong } from '../src/index';

describe('grid', () => {
  it('keeps each cell apart in a wide grid', () => {
    const grid = new Grid(2, 5, 'white').set(0, 4, 'gold').set(1, 0, 'teal');
    expect(grid.get(0, 4)).toBe('gold');
    expect(grid.get(1, 0)).toBe('teal');
    expect(grid.get(0, 2)).toBe('white');
    expect(grid.counts()).toEqual({ white: 8, gold: 1, teal: 1 });
  });

  it('draws a border round the edge', () => {
    const grid = new Grid(3, 4, 'white').border('navy');
    expect(grid.counts()).toEqual({ white: 2, navy: 10 });
    expect(grid.get(1, 1)).toBe('white');
  });

  it('refuses a cell outside the grid', () => {
    expect(() => new Grid(2, 2, 'white').get(2, 0)).toThrow(RangeError);
  });
});

describe('materials', () => {
  it('fits the tiles and their grout lines along a side', () => {
    expect(tilesAlong(300, 'glass', 2)).toBe(13);
    expect(tilesAlong(100, 'ceramic', 0)).toBe(4);
  });

  it('keeps to tiles as fine as the design', () => {
    expect(fitting(20)).toEqual(['smalti', 'glass']);
    expect(fitting(10)).toEqual([]);
  });

  it('buys whole sheets', () => {
    expect(sheetsFor(13 * 9, 'glass')).toEqual({ sheets: 1, pence: 640 });
    expect(sheetsFor(300, 'smalti')).toEqual({ sheets: 2, pence: 2580 });
  });

  it('offers the base colours and the customer\'s own, once each', () => {
    expect(palette(['teal', 'gold'])).toEqual(['gold', 'teal']);
    expect(palette(['teal', 'gold'], ['rust', 'gold'])).toEqual(['gold', 'rust', 'teal']);
  });
});
