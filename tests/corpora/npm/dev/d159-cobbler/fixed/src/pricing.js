'use strict';

// Prices in pence for each kind of job the bench takes on.
const PRICES = {
  resole: 4200,
  heel: 1800,
  stretch: 1200,
  stitch: 900,
  polish: 500,
};

const RUSH_SURCHARGE = 0.25;
const MEMBER_DISCOUNT = 0.1;

function knownJob(job) {
  return Object.hasOwn(PRICES, job);
}

function priceJob(job, { rush = false, member = false } = {}) {
  if (!knownJob(job)) {
    throw new Error(`unknown job: ${job}`);
  }
  let pence = PRICES[job];
  if (rush) pence += Math.round(pence * RUSH_SURCHARGE);
  if (member) pence -= Math.round(pence * MEMBER_DISCOUNT);
  return pence;
}

function formatPence(pence) {
  const pounds = Math.floor(pence / 100);
  const rest = String(pence % 100).padStart(2, '0');
  return `£${pounds}.${rest}`;
}

module.exports = { PRICES, knownJob, priceJob, formatPence };
