import { describe, expect, it } from 'vitest';
import { Passage, Pitch, metres, parseLegs } from '../src';

const crawl = new Passage(
  'Letterbox Crawl',
  parseLegs(`
    A1 A2 12.4 0.5
    A2 A3 8.25 1.1
  `),
);
const shaft = new Pitch(
  'Bat Shaft',
  parseLegs(`
    B1 B2 14.6 14.2
    B2 B3 6.3 5.8
  `),
  'two rebelays',
);

describe('survey', () => {
  it('reads the legs from the notes', () => {
    expect(parseLegs('C1 C2 3.5 0')).toEqual([{ from: 'C1', to: 'C2', lengthM: 3.5, dropM: 0 }]);
  });

  it('writes lengths to the decimetre', () => {
    expect(metres(20.65)).toBe('20.6 m');
    expect(metres(3)).toBe('3.0 m');
  });
});

describe('passages', () => {
  it('describes a passage by its length and depth', () => {
    expect(crawl.describe()).toBe('Letterbox Crawl: 20.6 m long, 1.6 m deep');
  });

  it('gives a pitch its rope, with a margin', () => {
    expect(shaft.ropeM()).toBe(29);
    expect(shaft.describe()).toBe('Bat Shaft: 20.9 m long, 20.0 m deep, rigged two rebelays, 29 m rope');
  });
});
