const { addDays, daysBetween } = require('./dates');

const LOAN_DAYS = 14;
const FINE_PER_DAY = 0.25;

class Library {
  constructor(titles) {
    this.copies = new Map(titles.map((title) => [title, { title, loan: null }]));
  }

  checkout(title, member, today) {
    const copy = this.copies.get(title);
    if (!copy || copy.loan) {
      return null;
    }
    copy.loan = { member, due: addDays(today, LOAN_DAYS) };
    return copy.loan.due;
  }

  giveBack(title, today) {
    const copy = this.copies.get(title);
    const late = daysBetween(copy.loan.due, today);
    copy.loan = null;
    return late > 0 ? late * FINE_PER_DAY : 0;
  }

  available() {
    return [...this.copies.values()].filter((copy) => !copy.loan).map((copy) => copy.title);
  }
}

module.exports = { Library, LOAN_DAYS };
