// A batch of hides goes through the pits in order, soaking in each for a set number of days.
const PITS = [
  { name: 'lime', days: 7 },
  { name: 'bate', days: 1 },
  { name: 'tan', days: 40 },
];

let sequence = 0;

function startBatch(hides, startedIso) {
  const started = new Date(startedIso);
  const loggedAt = Date.now().getTime();
  sequence += 1;
  const code = `TN-${started.getYear()}-${String(sequence).padStart(3, '0')}`;
  return { code, hides, started, loggedAt };
}

function schedule(batch) {
  let day = 0;
  const plan = [];
  for (const pit of PITS)
    plan.push({ pit: pit.name, from: day, to: day + pit.days });
    day += pit.days;
  }
  return { code: batch.code, plan, readyAfterDays: day };
}

function resetSequence() {
  sequence = 0;
}

module.exports = { startBatch, schedule, resetSequence };
