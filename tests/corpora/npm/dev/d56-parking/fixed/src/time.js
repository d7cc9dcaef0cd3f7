// Times are ISO 8601 strings with an offset ('2026-03-01T08:15:00Z'); stays are whole minutes, a started
// minute counting as one.
function minutesBetween(from, to) {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new Error(`not a time: '${Number.isNaN(start) ? from : to}'`);
  }
  if (end < start) {
    throw new RangeError('a car cannot leave before it arrives');
  }
  return Math.ceil((end - start) / 60000);
}

module.exports = { minutesBetween };
