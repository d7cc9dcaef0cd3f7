import { describe, expect, it } from 'vitest';
import { contrastRatio, hslToRgb, lighten, mix, parseHex, rgbToHsl, toHex } from '../src/index';

describe('hex', () => {
  it('parses long and short forms, with or without #', () => {
    expect(parseHex('#ff8000')).toEqual({ r: 255, g: 128, b: 0 });
    expect(parseHex('0a0B0c')).toEqual({ r: 10, g: 11, b: 12 });
    expect(parseHex(' #fa0 ')).toEqual({ r: 255, g: 170, b: 0 });
    expect(() => parseHex('#ff80')).toThrow(/not a hex colour/);
  });

  it('writes two lowercase digits per channel', () => {
    expect(toHex({ r: 255, g: 128, b: 0 })).toBe('#ff8000');
    expect(toHex({ r: 1, g: 2, b: 3.4 })).toBe('#010203');
  });
});

describe('hsl', () => {
  it('converts the primaries and greys', () => {
    expect(rgbToHsl(parseHex('#ff0000'))).toEqual({ h: 0, s: 100, l: 50 });
    expect(rgbToHsl(parseHex('#00ff00'))).toEqual({ h: 120, s: 100, l: 50 });
    expect(rgbToHsl(parseHex('#0000ff'))).toEqual({ h: 240, s: 100, l: 50 });
    expect(rgbToHsl(parseHex('#808080'))).toEqual({ h: 0, s: 0, l: 50 });
  });

  it('finds the hue in every sector', () => {
    expect(rgbToHsl(parseHex('#40bf80')).h).toBe(150);
    expect(rgbToHsl(parseHex('#bfbf40')).h).toBe(60);
    expect(rgbToHsl(parseHex('#8040bf')).h).toBe(270);
    expect(rgbToHsl(parseHex('#bf4080')).h).toBe(330);
    expect(rgbToHsl(parseHex('#80bf40')).h).toBe(90);
  });

  it('goes back to the same colour', () => {
    for (const hex of ['#40bf80', '#bf4080', '#336699', '#ffcc00', '#000000', '#ffffff']) {
      const back = toHex(hslToRgb(rgbToHsl(parseHex(hex))));
      const distance = Math.max(
        ...(['r', 'g', 'b'] as const).map((c) => Math.abs(parseHex(back)[c] - parseHex(hex)[c])),
      );
      expect(distance).toBeLessThanOrEqual(3);
    }
  });
});

describe('mixing and contrast', () => {
  it('mixes by weight and clamps the weight', () => {
    const red = parseHex('#ff0000');
    const blue = parseHex('#0000ff');
    expect(toHex(mix(red, blue))).toBe('#800080');
    expect(toHex(mix(red, blue, 0.25))).toBe('#bf0040');
    expect(mix(red, blue, 2)).toEqual(blue);
    expect(mix(red, blue, -1)).toEqual(red);
  });

  it('lightens and darkens within bounds', () => {
    expect(toHex(lighten(parseHex('#336699'), 20))).toBe('#6699cc');
    expect(toHex(lighten(parseHex('#336699'), 90))).toBe('#ffffff');
    expect(toHex(lighten(parseHex('#336699'), -90))).toBe('#000000');
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(parseHex('#000000'), parseHex('#ffffff'))).toBe(21);
    expect(contrastRatio(parseHex('#ffffff'), parseHex('#000000'))).toBe(21);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBe(4.48);
  });
});
