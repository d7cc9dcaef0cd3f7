const { fare, nightLevel } = require('./fares');

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

function clock(date) {
  return date.toISOString().slice(11, 16);
}

// The dispatcher's line for a driver's shift: how many rides, from the first start to the last,
// the stands the driver picked up at and what the rides took.
function shiftSummary(driver, rides) {
  if (rides.length === 0) return `${driver}: no rides`;
  const stands = [...new Set(rides.map((ride) => ride.stand))].sort((a, b) => a - b);
  const standList = LIST.format(stands);
  const pence = rides.reduce(
    (sum, ride) => sum + fare(ride.from, ride.to, { nightLevel: nightLevel(ride.start) }),
    0,
  );
  const starts = rides.map((ride) => ride.start).sort();
  const span = `${clock(starts[0])} to ${clock(starts[starts.length - 1])}`;
  return `${driver}: ${rides.length} rides, ${span}, stands ${standList}, £${(pence / 100).toFixed(2)}`;
}

module.exports = { shiftSummary };
