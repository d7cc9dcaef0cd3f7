const { runsAt, ticketPence } = require('./rides');

// A wristband pays for itself once its rides would have cost more in tickets.
const WRISTBAND_PENCE = 1200;

function bestBuy(plan) {
  const open = plan.filter((stop) => runsAt(stop.ride, stop.hour));
  const tickets = open.reduce((sum, stop) => sum + ticketPence(stop.ride), 0);
  return { rides: open.length, pence: Math.min(tickets, WRISTBAND_PENCE), wristband: tickets > WRISTBAND_PENCE };
}

module.exports = { bestBuy };
