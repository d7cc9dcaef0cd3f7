// On/off control with a dead band: heat below target - band, stop above target + band, and in
// between keep doing what it did, so the boiler does not switch on and off every minute.
function heating(on, temp, target, band = 0.5) {
  if (temp < target - band) return true;
  if (temp > target + band) return false;
  return on;
}

// Minutes the boiler ran, from a log of readings a minute apart.
function runtime(readings, targetFor) {
  let on = false;
  let minutes = 0;
  readings.forEach((temp, minute) => {
    on = heating(on, temp, targetFor(minute));
    if (on) minutes += 1;
  });
  return minutes;
}

module.exports = { heating, runtime };
