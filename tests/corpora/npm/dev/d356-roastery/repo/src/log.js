// A line of the roast log: 'origin; green weight; roasted weight', the weights written with their unit.
function parseLog(line) {
  const [origin, green, roasted] = line.split(';').map((part) => part.trim());
  return { origin, greenG: Number.parseFloat(green), roastedG: roasted };
}

// Beans lose water as they roast; the share lost says how dark the roast went.
function weightLossPct({ greenG, roastedG }) {
  return Math.round(((greenG - roastedG) / roastedG) * 1000) / 10;
}

function roastLevel(entry) {
  const loss = weightLossPct(entry);
  if (loss < 14) return 'light';
  return loss < 17 ? 'medium' : 'dark';
}

function report(entry) {
  return `${entry.origin}: ${entry.roastedG.toFixed(0)} g roasted, ${weightLossPct(entry).toFixed(1)} % lost`;
}

module.exports = { parseLog, report, roastLevel, weightLossPct };
