// Reed is cut in winter, once the leaves have dropped: December to March.
function inSeason(date) {
  const month = date.getMonth();
  return month === 11 || month <= 2;
}

function cuttingDays(dates) {
  return dates.filter(inSeason).length;
}

module.exports = { cuttingDays, inSeason };
