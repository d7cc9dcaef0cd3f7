const { splitFrames } = require('./frames');

// Running totals frame by frame; a frame whose bonus rolls are not thrown yet counts what is known.
function runningTotals(rolls) {
  const frames = splitFrames(rolls);
  const totals = [];
  let total = 0;
  let i = 0;
  for (let frame = 0; frame < frames.length; frame += 1) {
    const first = rolls[i];
    if (first === undefined) {
      break;
    }
    if (first === 10) {
      total += 10 + (rolls[i + 1] ?? 0) + (rolls[i + 2] ?? 0);
      i += 1;
    } else if (first + (rolls[i + 1] ?? 0) === 10) {
      total += 10 + (rolls[i + 2] ?? 0);
      i += 2;
    } else {
      total += first + (rolls[i + 1] ?? 0);
      i += 2;
    }
    totals.push(total);
  }
  return totals;
}

function score(rolls) {
  const totals = runningTotals(rolls);
  return totals.length === 0 ? 0 : totals[totals.length - 1];
}

module.exports = { runningTotals, score };
