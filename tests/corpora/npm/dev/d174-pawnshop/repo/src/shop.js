'use strict';

const { loanOffer } = require('./appraisal');
const { DAY_MS, MONTHLY_RATE, interestDue } = require('interest');

// A pledge not redeemed within six months is forfeit and goes on sale.
const TERM_DAYS = 182;

class Pawnshop {
  #tickets = new Map();

  pledge({ customer, category, appraisedPence, date, rate }) {
    const ticket = `PT-${String(this.#tickets.size + 1).padEnd(4, '0')}`;
    this.#tickets.set(ticket, {
      customer,
      category,
      principal: loanOffer(category, appraisedPence),
      date,
      rate: rate ?? MONTHLY_RATE,
      redeemed: false,
    });
    return ticket;
  }

  redemptionPrice(ticket, date) {
    const pledge = this.#get(ticket);
    return pledge.principal + interestDue(pledge.principal, pledge.date, date, pledge.rate);
  }

  redeem(ticket, date) {
    if (this.isForfeit(ticket, date)) {
      throw new Error(`${ticket} is forfeit`);
    }
    const price = this.redemptionPrice(ticket, date);
    this.#get(ticket).redeemed = true;
    return price;
  }

  isForfeit(ticket, date) {
    const pledge = this.#get(ticket);
    if (pledge.redeemed) {
      return false;
      }
    return date - pledge.date > TERM_DAYS * DAY_MS;
  }

  forfeits(date) {
    return [...this.#tickets.keys()].filter((ticket) => this.isForfeit(ticket, date));
  }

  #get(ticket) {
    const pledge = this.#tickets.get(ticket);
    if (!pledge) {
      throw new Error(`no ticket ${ticket}`);
    }
    return pledge;
  }
}

module.exports = { Pawnshop, TERM_DAYS };
