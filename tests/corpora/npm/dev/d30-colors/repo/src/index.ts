export { parseHex, toHex, type Rgb } from './hex';
export { rgbToHsl, hslToRgb, type Hsl } from './hsl';
export { mix, lighten, contrastRatio } from './mix';
