const FARE = 1.1;

// The fare is the same for every rider, grown-up or child.
function fareDue(riders) {
  return riders * FARE;
}

// Cash is counted to the penny, so the till balances within half a penny.
function balances(cash, riders) {
  return Math.abs(cash - fareDue(riders)) < 0.005;
}

module.exports = { FARE, balances, fareDue };
