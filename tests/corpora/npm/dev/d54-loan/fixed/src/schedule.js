const { monthlyRate, monthlyPayment } = require('./payment');

// Month by month: the interest on what is still owed, then the rest of the payment (and any extra
// payment) off the balance. The last payment is only what is left.
function amortize(principalCents, annualPercent, months, { extra = 0 } = {}) {
  const r = monthlyRate(annualPercent);
  const payment = monthlyPayment(principalCents, annualPercent, months);
  const rows = [];
  let balance = principalCents;
  while (balance > 0) {
    const interest = Math.round(balance * r);
    const principal = Math.min(payment - interest + extra, balance);
    if (principal <= 0) {
      throw new RangeError('the payment does not cover the interest');
    }
    balance -= principal;
    rows.push({ month: rows.length + 1, payment: principal + interest, interest, principal, balance });
  }
  return rows;
}

function totalInterest(rows) {
  return rows.reduce((sum, row) => sum + row.interest, 0);
}

module.exports = { amortize, totalInterest };
