// The season the prices are for: the booth's till sets FAIR_SEASON in its environment; summer when it does not.
const SEASON = process.env.FAIR_SEASON ?? 'summer';
const SEASON_MIN_PENCE = { summer: 300, winter: 250 };

const RIDES = {
  waltzer: { basePence: 350, hours: [14, 16, 18, 20, 22] },
  'ghost train': { basePence: 250, hours: [19, 21, 23, 0] },
  carousel: { basePence: 200, hours: [10, 12, 14, 16] },
};

function ride(name) {
  const found = RIDES[name];
  if (!found) throw new Error(`no such ride: ${name}`);
  return found;
}

// A ride never costs less than the season's minimum ticket.
function ticketPence(name) {
  return Math.max.apply(null, [ride(name).basePence, SEASON_MIN_PENCE[SEASON]]);
}

// Whether a ride starts at the given hour of the clock (0 is midnight, when the ghost train's last run goes).
function runsAt(name, hour) {
  return ride(name).hours.find((start) => start === hour) !== undefined;
}

module.exports = { runsAt, ticketPence };
