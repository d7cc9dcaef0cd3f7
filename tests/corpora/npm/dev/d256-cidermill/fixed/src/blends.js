const { parseRun } = require('./presses');

// A batch is named for its apples: one variety makes a single-variety cider, more make a blend.
function batchLabel(lines) {
  const runs = lines.map(parseRun);
  const varieties = new Set(runs.map((run) => run.variety));
  const litres = runs.reduce((sum, run) => sum + run.litres, 0);
  const kind = varieties.size === 1 ? `single variety (${runs[0].variety})` : `blend of ${varieties.size}`;
  return `${litres} l, ${kind}`;
}

function poorRuns(lines, minimumPercent) {
  return lines
    .map(parseRun)
    .filter((run) => run.yieldPercent < minimumPercent)
    .map((run) => `${run.variety} ${run.yieldPercent}%`);
}

module.exports = { batchLabel, poorRuns };
