import { heatWinners, heatsFor } from './heats.js';
import { sackCount, sackFor } from './sacks.js';

export { heatWinners, heatsFor, sackCount, sackFor };

export function startList(entrants) {
  return heatsFor(entrants)
    .map((heat, index) => `Heat ${index + 1}: ${heat.map((entrant) => entrant.name).join(', ')}`);
}
