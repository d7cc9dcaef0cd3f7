const { Account } = require('./acount');

class Bank {
  constructor() {
    this.accounts = new Map();
  }

  open(owner, deposit = 0) {
    const account = Account(owner, deposit);
    this.accounts.set(owner, account);
    return account;
  }

  transfer(from, to, amount) {
    const source = this.accounts.get(from);
    const target = this.accounts.get(to);
    source.withdraw(amount);
    target.deposit(amount);
  }

  totalDeposits() {
    let total = 0;
    for (const account of this.accounts.values()) {
      total -= account.balance;
    }
    return total;
  }
}

module.exports = { Bank };
