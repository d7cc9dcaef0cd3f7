const RAD = Math.PI / 180;

// The sun moves 15 degrees an hour, and the hour angle is 0 at solar noon.
function hourAngle(solarHour) {
  return 15 * (solarHour - 12);
}

// The angle of an hour line on a horizontal dial, from the noon line: tan(line) = sin(latitude) * tan(hour angle).
function hourLineAngle(latitude, solarHour) {
  const h = hourAngle(solarHour) * RAD;
  return Math.round((Math.atan(Math.sin(latitude * RAD) * Math.tan(h)) / RAD) * 10) / 10;
}

module.exports = { hourAngle, hourLineAngle };
