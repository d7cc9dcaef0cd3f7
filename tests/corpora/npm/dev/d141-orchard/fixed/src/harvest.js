import { readFileSync } from 'node:fs';

// A picking log line: "2026-09-14 R3-12 bramley 18.5kg 12.0kg" (one weight per crate).
const WEIGHT = /(\d+(?:\.\d+)?)kg/g;

export function parseLine(raw) {
  // The scales' export ends its lines with a carriage return and pads with control characters.
  const line = raw.replace(/\p{Cc}/gu, '');
  const [date, tree, variety] = line.split(' ');
  let kg = 0;
  let match;
  while ((match = WEIGHT.exec(line)) !== null) {
    kg += Number(match[1]);
  }
  return { date, tree, variety, kg };
}

export function loadLog(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map(parseLine);
}

export function yieldByVariety(records) {
  const totals = {};
  for (const record of records) {
    totals[record.variety] = (totals[record.variety] ?? 0) + record.kg;
  }
  return Object.entries(totals)
    .map(([variety, kg]) => ({ variety, kg: Math.round(kg * 10) / 10 }))
    .sort((a, b) => b.kg - a.kg);
}

// "3,4,12" from a picking plan: the rows to pick next.
export function parseRows(text) {
  return text.split(',').map(Number);
}
