const { amortize, totalInterest } = require('./schedule');

const REQUIRED = ['amount', 'rate', 'years'];

// A loan offer as a lender's API sends it: {"amount": 250000, "rate": 6.5, "years": 30}.
function parseOffer(json) {
  let offer;
  try {
    offer = JSON.parse(json);
  } catch {
    throw new SyntaxError('the offer is not JSON');
  }
  const missing = REQUIRED.filter((key) => typeof offer?.[key] !== 'number');
  if (missing.length > 0) {
    throw new TypeError(`the offer has no ${missing.join(', ')}`);
  }
  return { principalCents: Math.round(offer.amount * 100), annualPercent: offer.rate, months: offer.years * 12 };
}

// What an offer costs: its monthly payment, the number of payments and the interest paid in all.
function compare(offers, extra = 0) {
  return offers
    .map((json) => {
      const { principalCents, annualPercent, months } = parseOffer(json);
      const rows = amortize(principalCents, annualPercent, months, { extra });
      return { payment: rows[0].payment, payments: rows.length, interest: totalInterest(rows) };
    })
    .sort((a, b) => a.interest - b.interest);
}

module.exports = { parseOffer, compare };
