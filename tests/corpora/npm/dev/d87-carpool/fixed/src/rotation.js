// Who drives next: whoever has driven least, then whoever drove longest ago (never counts as longest),
// then by name. `history` holds the drivers of past trips, oldest first.
export function nextDriver(members, history) {
  const stats = new Map();
  members.forEach((name) => {
    stats.set(name, { name, drives: 0, last: -1 });
  });
  history.forEach((driver, trip) => {
    const entry = stats.get(driver);
    if (!entry) throw new Error(`${driver} is not in the pool`);
    entry.drives += 1;
    entry.last = trip;
  });
  const [next] = [...stats.values()].sort(
    (a, b) => a.drives - b.drives || a.last - b.last || a.name.localeCompare(b.name),
  );
  return next.name;
}
