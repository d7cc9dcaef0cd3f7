const { hollowFor, passesFor } = require('./grinding');
const { priceFor } = require('./prices');

function ticketFor(job) {
  const passes = passesFor(job.nickMm);
  const hollowMm = hollowFor(job.discipline);
  return {
    skater: job.skater,
    hollowMm,
    passes,
    price: priceFor(passes, job.pairs),
  };
}

function dayTakings(jobs) {
  return jobs.reduce((sum, job) => sum + ticketFor(job).price, 0);
}

module.exports = { hollowFor, passesFor, priceFor, ticketFor, dayTakings };
