import { describe, expect, it } from 'vitest';
import { assignCrane, Crane, craneFor, hireNote, quote } from '../src';

describe('cranes', () => {
  it('sends the cheapest crane that lifts the load', () => {
    expect(craneFor(8)).toBe(Crane.Tower);
    expect(craneFor(45)).toBe(Crane.Mobile);
    expect(craneFor(180)).toBe(Crane.Crawler);
    expect(() => craneFor(400)).toThrow('no crane lifts 400 t');
  });
});

describe('hire', () => {
  it('keeps a site on its crane until a load is too heavy for it', () => {
    expect(assignCrane('Quayside', 30)).toBe(Crane.Mobile);
    expect(assignCrane('Quayside', 5)).toBe(Crane.Mobile);
    expect(assignCrane('Quayside', 90)).toBe(Crane.Crawler);
  });

  it('prices the days with the operator and extras asked for', () => {
    expect(quote({ site: 'Mill Lane', tonnes: 10, days: 3 }, Crane.Tower)).toBe(186000);
    expect(quote({ site: 'Mill Lane', tonnes: 10, days: 3, options: { operator: true } }, Crane.Tower)).toBe(270000);
    const extras = { operator: true, extras: ['fly jib', 'mats'] };
    expect(quote({ site: 'Mill Lane', tonnes: 10, days: 3, options: extras }, Crane.Tower)).toBe(297000);
  });

  it('writes the hire note', () => {
    expect(hireNote({ site: 'Bridge St', tonnes: 50, days: 2, options: { operator: true } })).toBe(
      'Bridge St: mobile crane for 2 days, £2460.00',
    );
  });
});
