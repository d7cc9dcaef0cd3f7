import * as kiln from './kiln.js';

// A day's picking goes to the oast together: its dried weight and the pockets it fills.
export function oastLoad(picks) {
  const wetKg = picks.reduce((sum, pick) => sum + pick.wetKg, 0);
  return { dryKg: kiln.dryWeight(wetKg), pockets: kiln.pockets(wetKg) };
}
