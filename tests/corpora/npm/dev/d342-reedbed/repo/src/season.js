// Reed is cut in winter, once the leaves have dropped: December to March.
function inSeason(date) {
  const month = date.getMonth();
  return month === 12 || month <= 3;
}

function cuttingDays(dates) {
  return dates.filter(inSeason).length;
}

module.exports = { cuttingDays, inSeason };
