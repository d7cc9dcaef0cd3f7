const { sluice } = require('./gates');

const SCHEDULE = { mon: 'upper', wed: 'lower', fri: 'upper' };

function weekFlow(levelsByDay) {
  const plan = new Map(SCHEDULE);
  let total = 0;
  for (const [day, gate] of plan) {
    total += sluice.flow(gate, levelsByDay[day]);
  }
  return Math.round(total * 10) / 10;
}

module.exports = { weekFlow, SCHEDULE };
