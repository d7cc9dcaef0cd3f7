import { heatWinners, heatsFor } from './heats.js';
import { sackCount, sackFor } from './sacks';

export { heatWinners, heatsFor, sackCount, sackFor };

export function startList(entrants) {
  return heatsFor(entrants)
    .map((heat, index) => `Heat ${index + 1}: ${heat.map((e) => e.name).join(', ')}`);
}
