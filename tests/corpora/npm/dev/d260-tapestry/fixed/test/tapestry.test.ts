import { describe, expect, it } from 'vitest';
import { onTheLoom, warpEnds, workload, type Commission } from '../src';

const book: Commission[] = [
  { title: 'Estuary at Dusk', weaver: 'Zoe\u0308 Lind', spec: { warp: 6, widthCm: 80 }, status: 'draft' },
  { title: 'Hill Fort', weaver: 'Amos Reed', spec: { warp: 4, widthCm: 120 }, status: 'finished' },
  { title: 'Salt Marsh', weaver: 'Zoe\u0308 Lind', spec: { warp: 8, widthCm: 45.5 }, status: 'on the loom' },
];

describe('warp', () => {
  it('counts the warp ends across the width', () => {
    expect(warpEnds({ warp: 6, widthCm: 80 })).toBe(480);
    expect(warpEnds({ warp: 8, widthCm: 45.5 })).toBe(364);
  });
});

describe('commissions', () => {
  it('puts a draft on the loom', () => {
    expect(onTheLoom(book[0]).status).toBe('on the loom');
    expect(book[0].status).toBe('draft');
  });

  it("finds a weaver's commissions whichever way the rota spells the name", () => {
    expect(workload('Zo\u00eb Lind', book)).toEqual({ titles: ['Estuary at Dusk', 'Salt Marsh'], ends: 844 });
  });

  it('gives a weaver with nothing on the book no work', () => {
    expect(workload('Ivo Stead', book)).toEqual({ titles: [], ends: 0 });
  });
});
