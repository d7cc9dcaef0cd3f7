// A plot entered twice keeps its first entry: the later one came in after the whistle.
export function byPlot(entries) {
  const plots = new Map();
  for (const entry of entries) if (!plots.has(entry.plot)) plots.set(entry.plot, entry.builder);
  return Object.fromEntries(plots);
}

export function score(castle) {
  let points = castle.towers * 3 + castle.moatM * 2;
  if (castle.flag) points += 5;
  return points;
}
