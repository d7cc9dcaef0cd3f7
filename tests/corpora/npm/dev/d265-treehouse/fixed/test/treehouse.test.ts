import { describe, expect, it } from 'vitest';
import { Treehouse, slug, type Platform } from '../src';

const platforms: Platform[] = [
  { tree: 'oak', heightM: 2.5, areaM2: 6 },
  { tree: 'oak', heightM: 4, areaM2: 3.5 },
  { tree: 'beech', heightM: 3.2, areaM2: 2 },
];

describe('slugs', () => {
  it('makes a plain id of a name', () => {
    expect(slug("The Owl's Lookout")).toBe('the-owl-s-lookout');
  });
});

describe('treehouses', () => {
  it('keeps its id off the listed properties', () => {
    const house = new Treehouse("The Owl's Lookout", platforms);
    expect(house.id).toBe('the-owl-s-lookout');
    expect(Object.keys(house)).toEqual(['name', 'platforms']);
  });

  it('describes its platforms', () => {
    expect(new Treehouse('Beech Camp', platforms).describe()).toBe(
      'Beech Camp: 3 platforms, 11.5 m² of floor, highest at 4 m',
    );
  });
});
