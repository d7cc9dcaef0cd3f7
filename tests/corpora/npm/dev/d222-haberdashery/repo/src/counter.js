// The cutting counter hands out numbered tickets; the numbers run from the first of the day to 99, then wrap.
function* ticketNumbers(first) {
  let n = first;
  for (;;) {
    yield n;
    n = n === 99 ? 1 : n + 1;
  }
}

class Counter {
  constructor(first = 1) {
    this.tickets = ticketNumbers;
    this.waiting = [];
  }

  take(customer) {
    const ticket = this.tickets.next().value;
    this.waiting.push({ ticket, customer });
    return ticket;
  }

  serve() {
    const next = this.waiting.shift();
    return next ? next.customer : null;
  }
}

function takePayment(till, pence) {
  till.open = true;
  try {
    if (!Number.isInteger(pence) || pence <= 0) throw new RangeError(`not a payment: ${pence}`);
    till.takings += pence;
    return till.takings;
  } finally {
    // The drawer shuts whether or not the payment went through.
    till.open = false;
}

module.exports = { Counter, takePayment };
