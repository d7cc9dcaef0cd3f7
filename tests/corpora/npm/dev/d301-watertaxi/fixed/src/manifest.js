export function aboard(line) {
  const counts = (line.match(/\d+/g) ?? []).map(Number);
  return counts.reduce((sum, count) => sum + count, 0);
}

export function manifest(lines, seats) {
  const people = lines.map(aboard);
  const total = people.reduce((sum, count) => sum + count, 0);
  return { trips: lines.length, total, full: people.filter((count) => count >= seats).length };
}
