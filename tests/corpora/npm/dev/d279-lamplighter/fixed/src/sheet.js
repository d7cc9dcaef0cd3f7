// The lamplighter's sheet for a night: the mantles to check and the pay.
const PENCE_PER_LAMP_HOUR = 3;

function sheet(round) {
  const hours = Object.values(round.log).reduce((sum, h) => sum + h, 0);
  const mantles = round.lamps.reduce((sum, lamp) => sum + lamp.mantles, 0);
  return { street: round.street, mantles, pence: hours * PENCE_PER_LAMP_HOUR };
}

module.exports = { sheet };
