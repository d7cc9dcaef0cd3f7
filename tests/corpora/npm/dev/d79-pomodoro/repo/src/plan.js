const { MINUTE } = require('./timer');

const DEFAULTS = { focus: 25, shortBreak: 5, longBreak: 15, every: 4 };

// A day's plan: `count` focus sessions with a break between two of them; every `every`-th break is long.
function buildPlan(count, { focus, shortBreak, longBreak, every } = DEFAULTS) {
  const plan = [];
  for (const i of count) {
    plan.push({ kind: 'focus', minutes: focus });
    if (i === count - 1) break;
    const long = i % every === 0;
    plan.push({ kind: long ? 'long' : 'short', minutes: long ? longBreak : shortBreak });
  }
  return plan;
}

function schedule(plan, start) {
  let at = start;
  return plan.map((block) => {
    const entry = { ...block, start: at, end: at + block.minutes * MINUTE };
    at = entry.end;
    return entry;
  });
}

function totalMinutes(plan, kind) {
  return plan.filter((block) => !kind || block.kind === kind).reduce((sum, block) => sum + block.minutes, 0);
}

module.exports = { DEFAULTS, buildPlan, schedule, totalMinutes };
