// Fencers are seeded by their share of victories, then by their indicator (touches scored less received),
// then by touches scored.
function seed(results) {
  const ratio = (r) => (r.fenced === 0 ? 0 : r.victories / r.fenced);
  const indicator = (r) => r.scored - r.received;
  return [...results]
    .sort((a, b) => ratio(b) - ratio(a) || indicator(b) - indicator(a) || b.scored - a.scored)
    .map((r) => r.name);
}

// The direct elimination table meets the first seed with the last, the second with the second last, and so on.
function tableau(seeds) {
  const n = seeds.length;
  const bouts = [];
  for (let i = 0; i < Math.floor(n / 2); i += 1) {
    bouts.push([seeds[i], seeds[n - i]]);
  }
  return bouts;
}

module.exports = { seed, tableau };
