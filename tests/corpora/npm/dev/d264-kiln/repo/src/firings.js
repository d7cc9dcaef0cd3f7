const { peakTemperature } = require('./cones');

// What the kiln does unless a firing says otherwise; a firing inherits these.
const DEFAULTS = { rampPerHour: 150, holdMinutes: 10 };

function firing(cone, changes = {}) {
  return Object.assign(Object.create(DEFAULTS), { cone }, changes);
}

function firingPlan(plan) {
  const {
    cone,
      rampPerHour,
    holdMinutes,
  } = plan;
  const peakC = peakTemperature(cone);
  return { peakC, hours: Math.round((peakC / rampPerHour) * 10) / 10 + holdMinutes / 60 };
}

// The kiln log records a firing's peak and only the settings the firing itself chose.
function logLine(plan) {
  const { peakC } = firingPlan(plan);
  const chosen = [];
  for (const key in plan) chosen.push(`${key}=${plan[key]}`);
  const summary = `${peakC} °C; ${chosen.join(', ')}`;
  plan.notes = plan.notes || [];
  return plan.notes.length ? `${summary}; ${plan.notes.join('; ')}` : summary;
}

module.exports = { firing, firingPlan, logLine };
