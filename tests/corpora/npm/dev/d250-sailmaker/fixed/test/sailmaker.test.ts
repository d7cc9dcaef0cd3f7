import { describe, expect, it } from 'vitest';
import { panelArea, quotePence, triangleArea, type SailOrder } from '../src';

const jib: SailOrder = {
  boat: 'Kittiwake',
  luff: '9.5',
  foot: '3.2',
  cloth: 'SM-204',
  panels: [
    { name: 'head', areaM2: 4.5 },
    { name: 'middle', areaM2: 6 },
    { name: 'foot', areaM2: 5.5 },
  ],
};

describe('areas', () => {
  it('measures the sail as the triangle of its luff and foot', () => {
    expect(triangleArea(jib)).toBe(15.2);
    expect(triangleArea({ ...jib, luff: '12', foot: '4.05' })).toBe(24.3);
  });

  it('adds up the panels', () => {
    expect(panelArea([])).toBe(0);
  });
});

describe('quotes', () => {
  it('charges the panels when they take more cloth than the triangle', () => {
    expect(quotePence(jib)).toBe(38400);
  });

  it('charges the triangle when it is the larger, at the grade of the cloth', () => {
    expect(quotePence({ ...jib, luff: '12', foot: '4.05', cloth: 'SM-317' })).toBe(75330);
    expect(quotePence({ ...jib, cloth: 'SM-101', panels: [] })).toBe(27360);
  });

  it('charges cloth bought in from another loft at its own price', () => {
    expect(quotePence({ ...jib, cloth: 'NS-204' })).toBe(56000);
    expect(quotePence({ ...jib, cloth: 'SM-904' })).toBe(56000);
  });
});
