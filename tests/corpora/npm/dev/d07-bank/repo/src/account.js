class InsufficientFunds extends Error {}

class Account {
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance;
    this.history = [];
  }

  deposit(amount) {
    if (amount <= 0) {
      throw new RangeError('deposit must be positive');
    }
    this.balance += amount;
    this.history.push({ type: 'deposit', amount });
  }

  withdraw(amount) {
    if (amount > this.balance) {
      throw new InsufficientFunds(`${this.owner} has only ${this.balance}`);
    }
    this.balance -= amount;
    this.history.push({ type: 'withdraw', amount });
  }
}

module.exports = { Account, InsufficientFunds };
