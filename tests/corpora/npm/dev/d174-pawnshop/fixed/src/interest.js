'use strict';

const DAY_MS = 86_400_000;
// Interest is 4% a month, and every month begun is a month charged, the first one included.
const MONTHLY_RATE = 0.04;

function monthsBetween(from, to) {
  const days = Math.floor((to - from) / DAY_MS);
  return Math.max(1, Math.ceil(days / 30));
}

function interestDue(principal, from, to, rate = MONTHLY_RATE) {
  return Math.round(principal * rate * monthsBetween(from, to));
}

module.exports = { DAY_MS, MONTHLY_RATE, monthsBetween, interestDue };
