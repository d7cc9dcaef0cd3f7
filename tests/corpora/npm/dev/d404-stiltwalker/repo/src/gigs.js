// Fee for the first two hours of a gig, then an hourly rate on top.
const RATES = { parade: 180, evening: 140, festival: 220 };
const OVERTIME = 50;
const INCLUDED_HOURS = 2;

function gigFee(kind, hours) {
  const rate = RATES[kind];
  if (hours <= INCLUDED_HOURS) {
    return rate;
  }
  return rate + hours * OVERTIME;
}

module.exports = { RATES, gigFee };
