// The rakers' log: 'date; pan, kilograms' or 'date, pan; kilograms', as whoever wrote it liked.
function parseEntry(line) {
  const [date, pan, kg] = line.trim().split(/\s*(,|;)\s*/);
  return { date, pan, kg: Number(kg) };
}

function totals(lines) {
  const byPan = {};
  for (const { pan, kg } of lines.map(parseEntry)) {
    byPan[pan] = (byPan[pan] ?? 0) + kg;
  }
  return byPan;
}

module.exports = { parseEntry, totals };
