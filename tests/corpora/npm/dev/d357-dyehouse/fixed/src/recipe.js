import DyeBath from './bath.js';
import { mordantFor } from './colour.js';

export function recipeCard(fabricG, hex, { depthPct = 2, liquorRatio = 20 } = {}) {
  const bath = new DyeBath(fabricG, { depthPct, liquorRatio });
  return { dyeG: bath.dyeG, waterL: bath.waterL, mordant: mordantFor(hex) };
}
