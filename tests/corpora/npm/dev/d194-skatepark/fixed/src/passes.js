// Session passes in pence, by age band; members pay three quarters.
const PRICES = { junior: 500, adult: 800, senior: 600 };

exports.band = function (age) {
  if (age < 16) return 'junior';
  if (age >= 65) return 'senior';
  return 'adult';
};

exports.passPrice = function (age, { member = false } = {}) {
  const price = PRICES[exports.band(age)];
  return member ? Math.round(price * 0.75) : price;
};
