const { Bank } = require('../src/bank');
const { Account, InsufficientFunds } = require('../src/account');

test('opening an account keeps the first deposit', () => {
  const bank = new Bank();
  expect(bank.open('ada', 50).balance).toBe(50);
});

test('a transfer moves money between accounts', () => {
  const bank = new Bank();
  bank.open('ada', 50);
  bank.open('bob', 10);
  bank.transfer('ada', 'bob', 50);
  expect(bank.accounts.get('ada').balance).toBe(0);
  expect(bank.accounts.get('bob').balance).toBe(60);
  expect(bank.totalDeposits()).toBe(60);
});

test('overdrawing is refused', () => {
  const account = new Account('eve', 5);
  expect(() => account.withdraw(6)).toThrow(InsufficientFunds);
});

test('the history records every movement', () => {
  const account = new Account('sam');
  account.deposit(3);
  account.withdraw(3);
  expect(account.history.map((h) => h.type)).toEqual(['deposit', 'withdraw']);
});
