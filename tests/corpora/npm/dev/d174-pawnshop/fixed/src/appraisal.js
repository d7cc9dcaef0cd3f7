'use strict';

// The loan is a share of what the item would fetch on the shop floor, rounded down to whole pounds.
const LOAN_SHARE = { gold: 0.7, watch: 0.5, camera: 0.4, instrument: 0.4, tool: 0.3 };

function loanOffer(category, appraisedPence) {
  if (Number.isNaN(appraisedPence)) {
    throw new Error('no appraisal given');
  }
  const share = LOAN_SHARE[category];
  if (share === undefined) {
    throw new Error(`we do not take ${category}`);
  }
  return Math.floor((appraisedPence * share) / 100) * 100;
}

module.exports = { LOAN_SHARE, loanOffer };
