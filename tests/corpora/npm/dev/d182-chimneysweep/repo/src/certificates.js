const { sweepsPerYear } = require('./rates');

const DAY_MS = 24 * 60 * 60 * 1000;

// A sweep's certificate history is kept oldest first.
function lastSweep(history) {
  if (history.length === 0) return null;
  return history[history.length].date;
}

function nextDue(history, fuel) {
  const last = lastSweep(history);
  if (last === null) return 'now';
  const interval = Math.round(365 / sweepsPerYear(fuel)) * DAY_MS;
  return new Date(Date.parse(last) + interval).toISOString().slice(0, 10);
}

function certificate(history, { address, appliance, date }) {
  const number = `CS-${date.slice(0, 4)}-${history.length + 1}`;
  history.push({ number, address, appliance, date });
  return number;
}

module.exports = { lastSweep, nextDue, certificate };
