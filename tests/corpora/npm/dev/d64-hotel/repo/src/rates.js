const RATES = {
  single: { weekday: 80, weekend: 95 },
  double: { weekday: 110, weekend: 135 },
  suite: { weekday: 220, weekend: 260 },
};

function nightlyRate(room, date, rates = RATES) {
  const rate = rates[room];
  if (rate === undefined) {
    throw new RangeError(`no such room type: '${room}'`);
  }
  return isWeekend(date) ? rate.weekend : rate.weekday;
}

module.exports = { RATES, nightlyRate };
