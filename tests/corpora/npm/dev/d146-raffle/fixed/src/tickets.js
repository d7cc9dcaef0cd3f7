// Ticket sales: tickets are numbered from 1 in the order they are sold; each buyer keeps their numbers.

const PRICE_PENCE = 200;
const BOOK_OF_FIVE_PENCE = 800;
const MONEY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

class Ledger {
  constructor() {
    this.next = 1;
    this.byBuyer = new Map();
  }

  sell(buyer, count) {
    if (!this.byBuyer.has(buyer)) this.byBuyer.set(buyer, []);
    const tickets = [];
    for (let i = 0; i < count; i += 1) {
      tickets.push(this.next);
      this.byBuyer.get(buyer).push(this.next);
      this.next += 1;
    }
    return tickets;
  }

  holder(ticket) {
    for (const [buyer, tickets] of this.byBuyer) {
      if (tickets.includes(ticket)) return buyer;
    }
    return null;
  }

  sold() {
    return this.next - 1;
  }
}

// Books of five are cheaper; the rest are sold singly.
function cost(count) {
  return Math.floor(count / 5) * BOOK_OF_FIVE_PENCE + (count % 5) * PRICE_PENCE;
}

function formatPence(pence) {
  return MONEY.format(pence / 100);
}

module.exports = { cost, formatPence, Ledger };
