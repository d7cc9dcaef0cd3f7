// Fixed-rate loans paid monthly. Rates are yearly percentages ('6.5' is 6.5 % a year), money is cents.
function monthlyRate(annualPercent) {
  if (!(annualPercent >= 0)) {
    throw new RangeError(`not an interest rate: ${annualPercent}`);
  }
  return annualPercent / 100 / 12;
}

// The annuity payment that repays principal with interest in `months` instalments, rounded up to the cent so
// that the term is kept (the last instalment is a little smaller).
function monthlyPayment(principalCents, annualPercent, months) {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`not a term in months: ${months}`);
  }
  const r = monthlyRate(annualPercent);
  if (r === 0) {
    return Math.ceil(principalCents / months);
  }
  return Math.ceil((principalCents * r) / (1 - Math.pow(1 + r, -months)));
}

module.exports = { monthlyRate, monthlyPayment };
