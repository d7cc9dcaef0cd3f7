// Fee for the first two hours of a gig, then an hourly rate on top.
const RATES = { evening: 140, festival: 220, parade: 180 };
const OVERTIME = 50;
const INCLUDED_HOURS = 2;

function gigFee(kind, hours) {
  const rate = RATES[kind];
  if (hours <= INCLUDED_HOURS) {
    return rate;
  }
  return rate + (hours - INCLUDED_HOURS) * OVERTIME;
}

module.exports = { RATES, gigFee };
