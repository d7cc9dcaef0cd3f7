import type { Formula } from './formula';

const STRENGTHS: Record<string, number> = {
  'eau de cologne': 0.04,
  'eau de toilette': 0.1,
  'eau de parfum': 0.18,
  parfum: 0.25,
};

export interface BottleOptions {
  strength?: string;
  ml?: number;
}

// How much of the concentrate and of the alcohol go into one bottle of the given strength.
export function bottle(formula: Formula, options: BottleOptions = {}) {
  const settings = { strength: 'eau de parfum', ml: 50, ...options };
  const ratio = STRENGTHS[settings.strength];
  if (ratio === undefined) {
    throw new Error(`unknown strength: ${settings.strength}`);
  }
  const concentrateMl = Math.round(settings.ml * ratio * 10) / 10;
  return {
    label: `${formula.name}, ${settings.strength}, ${settings.ml} ml`,
    concentrateMl,
    alcoholMl: Math.round((settings.ml - concentrateMl) * 10) / 10,
  };
}
