import { isKeeper } from './sizes.js';

// Tally a haul: the keepers counted by the pot line they came up in, the rest returned to the sea.
export function tallyHaul(lobsters) {
  const kept = {};
  let returned = 0;
  for (const lobster of lobsters) {
    if (!isKeeper(lobster)) {
      returned += 1;
      continue;
    }
    kept[lobster.line] = (kept[lobster.line] ?? 0) + 1;
  }
  return { kept, returned };
}

export function lineReport(kept) {
  const rows = [];
  for (const [line, count] of Object.entries(kept)) {
    rows.push(`${line}: ${count}`);
  }
  return rows.sort();
}
