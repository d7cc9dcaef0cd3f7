// A boat may land this much lobster a week; what is left of it is the limit for the next landing.
const WEEKLY_LIMIT_KG = 150;

function landingLimitKg(landedKg) {
  return Math.max(0, WEEKLY_LIMIT_KG - landedKg);
}

module.exports = { WEEKLY_LIMIT_KG, landingLimitKg };
