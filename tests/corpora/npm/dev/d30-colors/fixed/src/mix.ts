import clamp from './clamp';
import type { Rgb } from './hex';
import { hslToRgb, rgbToHsl } from './hsl';

// Linear interpolation from a (weight 0) to b (weight 1), per channel.
export function mix(a: Rgb, b: Rgb, weight = 0.5): Rgb {
  const w = clamp(weight, 0, 1);
  return {
    r: Math.round(a.r + (b.r - a.r) * w),
    g: Math.round(a.g + (b.g - a.g) * w),
    b: Math.round(a.b + (b.b - a.b) * w),
  };
}

// Moves the lightness by `amount` percentage points, staying within 0-100.
export function lighten(color: Rgb, amount: number): Rgb {
  const hsl = rgbToHsl(color);
  return hslToRgb({ ...hsl, l: clamp(hsl.l + amount, 0, 100) });
}

// WCAG 2 relative luminance and contrast ratio, rounded to two decimals.
function luminance({ r, g, b }: Rgb): number {
  const [red, green, blue] = [r, g, b].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const first = luminance(a);
  const second = luminance(b);
  const lighter = Math.max(first, second);
  const darker = Math.min(first, second);
  return Math.round(((lighter + 0.05) / (darker + 0.05)) * 100) / 100;
}
