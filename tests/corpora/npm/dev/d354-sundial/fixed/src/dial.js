const { hourLineAngle } = require('./angles');

// The hour lines a dial maker scribes, keyed by the hour, from the first morning hour to the last.
function dialLines(latitude, fromHour = 7, toHour = 17) {
  const lines = {};
  for (let hour = fromHour; hour <= toHour; hour += 1) {
    lines[hour] = hourLineAngle(latitude, hour);
  }
  return lines;
}

function morningMirrorsAfternoon(lines) {
  return Object.keys(lines).every((hour) => {
    const mirror = 24 - Number(hour);
    return !(mirror in lines) || lines[mirror] === -lines[hour];
  });
}

module.exports = { dialLines, morningMirrorsAfternoon };
