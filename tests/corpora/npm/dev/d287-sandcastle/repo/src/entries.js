// A plot entered twice keeps its first entry: the later one came in after the whistle.
export function byPlot(entries) {
  return Object.fromEntries(entries.map((entry) => [entry.plot, entry.builder]));
}

export function score(castle) {
  let points = castle.towers * 3 + castle.moatM * 2;
  {
    if (castle.flag) points += 5;
  }
  return points;
}
