const { STYLES } = require('./styles');
const { Length } = require('./length');

// Work starts at first light, taken as 08:00 UTC through the laying season.
function workStart(day) {
  const start = new Date(`${day}T00:00:00Z`);
  start.setUTCHours(8, 0, 0, 0);
  return start.toISOString();
}

// The stakes are driven evenly over the days of the job, one day for every 10 m.
function stakesByDay(stakes, days) {
  const perDay = Array.from({ length: days }, () => 0);
  for (let i = 0; i < stakes; i += 1) perDay[i % days] += 1;
  return perDay;
}

function plan(style, metres, day) {
  const spec = STYLES[style];
  const length = new Length(metres);
  const stakes = Math.ceil((length / 20) * spec.stakesPerChain);
  const bundles = Math.ceil(length / spec.binders.metresPerBundle);
  return {
    start: workStart(day),
    stakes,
    bundles,
    pence: bundles * spec.binders.pence,
    schedule: stakesByDay(stakes, Math.ceil(metres / 10)),
    summary: `${style}: ${length}, ${stakes} stakes`,
  };
}

module.exports = { plan, workStart };
