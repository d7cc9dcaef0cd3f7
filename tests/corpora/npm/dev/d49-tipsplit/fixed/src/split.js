const { toCents, formatCents, allocate } = require('./money');
const { rateFor, tipCents } = require('./tip');

// The tip is worked out on the food and drink before tax unless the table asks for it on the total.
function summarize(bill, options = {}) {
  const { tipPercent, service = 'good', tipOnTax = false } = options;
  const subtotal = toCents(bill.subtotal);
  const tax = toCents(bill.tax ?? 0);
  const percent = tipPercent ?? rateFor(service);
  const tip = tipCents(tipOnTax ? subtotal + tax : subtotal, percent);
  return {
    subtotal,
    tax,
    tip,
    total: subtotal + tax + tip,
  };
}

// Each person's share of the total: equal shares, or in proportion to options.weights (what each
// person ordered, say).
function splitBill(bill, options = {}) {
  const { people = 1, weights } = options;
  const { total } = summarize(bill, options);
  if (weights) {
    return allocate(total, weights);
  }
  if (!Number.isInteger(people) || people < 1) {
    throw new RangeError(`cannot split a bill between ${people} people`);
  }
  return allocate(total, new Array(people).fill(1));
}

function receipt(bill, options = {}) {
  const summary = summarize(bill, options);
  const shares = splitBill(bill, options);
  const lines = [
    `Subtotal ${formatCents(summary.subtotal)}`,
    `Tax ${formatCents(summary.tax)}`,
    `Tip ${formatCents(summary.tip)}`,
    `Total ${formatCents(summary.total)}`,
  ];
  if (shares.length > 1) {
    lines.push(...shares.map((cents, i) => `Person ${i + 1} ${formatCents(cents)}`));
  }
  return lines.join('\n');
}

module.exports = { summarize, splitBill, receipt };
