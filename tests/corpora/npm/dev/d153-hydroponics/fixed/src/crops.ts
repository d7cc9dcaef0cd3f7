import type { Crop } from './types';

export const CROPS: Crop[] = [
  { name: 'lettuce', ecMin: 0.8, ecMax: 1.2, phMin: 5.5, phMax: 6.5 },
  { name: 'basil', ecMin: 1.0, ecMax: 1.6, phMin: 5.5, phMax: 6.5 },
  { name: 'tomato', ecMin: 2.0, ecMax: 5.0, phMin: 5.5, phMax: 6.5 },
  { name: 'strawberry', ecMin: 1.0, ecMax: 1.4, phMin: 5.5, phMax: 6.2 },
];

// Crops share a tank only if their EC and pH windows overlap; the shared window is the intersection.
export function sharedWindow(names: string[]): Crop | null {
  const known = CROPS.map((crop) => crop.name);
  const unknown = names.filter((name) => known.indexOf(name) === -1);
  if (unknown.length > 0) {
    throw new Error(`unknown crops: ${unknown.join(', ')}`);
  }
  const chosen = CROPS.filter((crop) => names.indexOf(crop.name) >= 0);
  const window: Crop = {
    name: names.join('+'),
    ecMin: Math.max(...chosen.map((crop) => crop.ecMin)),
    ecMax: Math.min(...chosen.map((crop) => crop.ecMax)),
    phMin: Math.max(...chosen.map((crop) => crop.phMin)),
    phMax: Math.min(...chosen.map((crop) => crop.phMax)),
  };
  return window.ecMin <= window.ecMax && window.phMin <= window.phMax ? window : null;
}
