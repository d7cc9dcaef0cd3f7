const DELIVERY_PENCE = 1500;

// A hire is written as hours and minutes, as on the docket: 90 minutes is 1:30.
function clockOf(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return `${hours}:${rest}`;
}

// Every half hour started is charged.
function hirePence(castle, minutes, delivered) {
  let pence = Math.ceil(minutes / 30) * (castle.pencePerHour / 2);
  if (delivered) {
    pence += DELIVERY_PENCE;
  }
  return pence;
}

module.exports = { clockOf, hirePence };
