import { describe, expect, it } from 'vitest';
import { LASTS, Workshop, lastLengthCm, weltLength, weltStitches } from '../src';

describe('lasts', () => {
  it('turns a UK size into a last length', () => {
    expect(lastLengthCm(8)).toBe(27.9);
    expect(lastLengthCm(5)).toBe(25.4);
  });
});

describe('stitching', () => {
  it('counts stitches per inch over a welt in centimetres', () => {
    expect(weltStitches(30, 8)).toBe(94);
  });

  it('measures the welt of a last, the oxford by default', () => {
    expect(weltLength()).toBe(44.8);
    expect(weltLength(LASTS.derby)).toBe(47.2);
  });
});

describe('workshop', () => {
  it('prices each pair by its leather and size', () => {
    const shop = new Workshop({ calf: 3, cordovan: 5 });
    expect(
      shop.priceAll([
        { customer: 'Ames', size: 8, leather: 'calf' },
        { customer: 'Bell', size: 5, leather: 'cordovan' },
      ]),
    ).toEqual([84, 127]);
  });

  it('welts a known style on its last and an unknown one on the oxford', () => {
    const shop = new Workshop({ calf: 3, cordovan: 5 });
    expect(shop.weltFor('derby')).toBe(47.2);
    expect(shop.weltFor('brogue')).toBe(44.8);
  });
});
