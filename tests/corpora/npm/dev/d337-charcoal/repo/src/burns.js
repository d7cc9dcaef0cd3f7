import { readFile } from 'node:fs';

// A burn sheet: kiln,date,woodKg,charcoalKg with a header line.
function parseLine(line) {
  const [kiln, date, woodKg, charcoalKg] = line.split(',');
  return { kiln, date, woodKg: Number(woodKg), charcoalKg: Number(charcoalKg) };
}

export async function loadBurns(file) {
  const text = await readFile(file, 'utf8');
  return text.trim().split('\n').slice(1).map(parseLine);
}

export async function lastBurn(file) {
  return loadBurns(file).then((burns) => burns.at(-1));
}

export function yieldPercent(burn) {
  return Math.round((burn.charcoalKg / burn.woodKg) * 1000) / 10;
}
