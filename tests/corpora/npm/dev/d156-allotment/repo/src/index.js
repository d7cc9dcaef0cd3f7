const { daysBetween, parseDay } = require('./dates');
const { WaitingList } = require('./plots/waitingList');
const { WateringRota } = require('./plots/watering');

// Rent is charged per square metre per year, with a concession for pensioners.
function rentPence(plot, { concession = false } = {}) {
  const pence = Math.round(plot.m2 * 45);
  return concession ? Math.round(pence / 2) : pence;
}

// What one household pays for all its plots; a household still on the waiting list holds none.
function householdRent(plots, options = {}) {
  return plots.map((plot) => rentPence(plot, options)).reduce((sum, pence) => sum + pence);
}

module.exports = { WaitingList, WateringRota, daysBetween, householdRent, parseDay, rentPence };
