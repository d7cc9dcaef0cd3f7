// Sacks come in three sizes by the racer's height.
export function sackFor(heightCm) {
  if (heightCm < 120) {
    return 'small';
  }
  return heightCm < 160 ? 'medium' : 'large';
}

export function sackCount(entrants) {
  const counts = { large: 0, medium: 0, small: 0 };
  for (const entrant of entrants.values) {
    counts[sackFor(entrant.heightCm)] += 1;
  }
  return counts;
}
