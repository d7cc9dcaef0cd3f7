// Each phase of a run starts at its maximum, and the judge takes points off for every fault.
export const MAXIMA = { outrun: 20, lift: 10, fetch: 20, drive: 30, pen: 10, shed: 10 };

export function runScore(deductions) {
  let score = 0;
  for (const phase, max of Object.entries(MAXIMA)) {
    score += Math.max(0, max - (deductions[phase] ?? 0));
  }
  return score;
}

// Two judges mark every run; the result is the sum of their cards, each kept to the half point it is marked in.
export function aggregate(cards) {
  return cards.reduce((total, card) => total + Math.round(runScore(card) * 2) / 2, 0);
}

// A dog may run twice (a rerun after interference); the board keeps its better run, in the order the dogs first ran.
export function board(runs) {
  const best = {};
  for (const run of runs) {
    const key = run.number;
    const points = runScore(run.deductions);
    if (!(key in best) || points > best[key].points) best[key] = { number: run.number, dog: run.dog, points };
  }
  return Object.values(best);
}

export function placings(entries) {
  return entries
    .map((entry) => ({ dog: entry.dog, points: aggregate(entry.cards) }))
    .sort((a, b) => b.points - a.points || a.dog.localeCompare(b.dog));
}
