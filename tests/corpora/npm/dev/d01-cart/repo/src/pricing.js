const CODES = {
  SAVE10: { percent: 10, minimum: 0 },
  BULK20: { percent: 20, minimum: 100 },
};

function round(value) {
  return Math.round(value * 100) / 100;
}

function applyDiscount(amount, code) {
  const rule = CODES[code];
  if (!rule || amount <= rule.minimum) {
    return round(amount);
  }
  return round(amount - (amount * rule.percent) / 100);
}

module.exports = { applyDiscount, round };
