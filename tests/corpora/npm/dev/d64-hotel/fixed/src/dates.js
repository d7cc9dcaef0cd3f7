const DAY = 24 * 60 * 60 * 1000;

// 'YYYY-MM-DD' dates as day numbers, in UTC so that no time zone or clock change moves them.
function toDay(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new SyntaxError(`not a date: '${date}'`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY;
}

function fromDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

// The nights of a stay, each named by the date it starts on.
function nights(checkIn, checkOut) {
  const first = toDay(checkIn);
  const count = toDay(checkOut) - first;
  if (count <= 0) {
    throw new RangeError(`check-out ${checkOut} is not after check-in ${checkIn}`);
  }
  return Array.from({ length: count }, (_, index) => fromDay(first + index));
}

// Friday and Saturday nights are weekend nights.
function isWeekend(date) {
  const weekday = new Date(toDay(date) * DAY).getUTCDay();
  return weekday === 5 || weekday === 6;
}

module.exports = { toDay, fromDay, nights, isWeekend };
