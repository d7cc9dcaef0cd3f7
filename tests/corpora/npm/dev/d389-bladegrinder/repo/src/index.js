const { hollowFor, passesFor } = require('./grinding');
const { priceFor } = require('./pricing');

function ticketFor(job) {
  const passes = passesFor(job.nickMm), hollowMm = hollowFor(job.discipline);
  return {
    skater: job.skater,
    hollowMm,
    passes,
    price: priceFor(job.pairs, passes),
  };
}

function dayTakings(jobs) {
  return jobs.reduce((sum, job) => sum + ticketFor(job).price, 0);
}

module.exports = { hollowFor, passesFor, priceFor, ticketFor, dayTakings };
