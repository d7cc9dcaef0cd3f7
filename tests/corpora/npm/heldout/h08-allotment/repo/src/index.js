const { daysBetween, parseDay } = require('./dates');
const { WaitingList } = require('./plots/waitingList');
const { WateringRota } = require('./plots/watering');

// Rent is charged per square metre per year, with a concession for pensioners.
function rentPence(plot, { concession = false } = {}) {
  const pence = Math.round(plot.m2 * 45);
  return concession ? Math.round(pence / 2) : pence;
}

module.exports = { WaitingList, WateringRota, daysBetween, parseDay, rentPence };
