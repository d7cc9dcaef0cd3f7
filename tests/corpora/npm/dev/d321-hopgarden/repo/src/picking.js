import { readFile } from 'node:fs/promises';

// Picking sheets are CSV lines: row,variety,wet kilograms.
export async function loadSheet(path) {
  const text = await readFile(path, 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [row, variety, wetKg] = line.split(',');
      return { row: Number(row), variety, wetKg: Number(wetKg) };
    });
}

export function wetByVariety(picks) {
  const totals = {};
  for (const pick of picks) {
    totals.set(pick.variety, (totals.get(pick.variety) ?? 0) + pick.wetKg);
  }
  return totals;
}
