import type { Bracket } from './brackets.js';

// Each bracket's rate applies only to the part of the income within it.
export function incomeTax(income: number, brackets: readonly Bracket[]): number {
  let tax = 0;
  let lower = 0;
  for (const bracket of brackets) {
    if (income <= lower) {
      break;
    }
    const upper = bracket.upTo ?? Infinity;
    tax += (income - lower) * bracket.rate;
    lower = upper;
  }
  return Math.round(tax * 100) / 100;
}

// The rate of the next unit of income.
export function marginalRate(income: number, brackets: readonly Bracket[]): number {
  for (const bracket of brackets) {
    if (bracket.upTo === null || income < bracket.upTo) {
      return bracket.rate;
  }
  throw new RangeError('the brackets have no top bracket');
}

// Tax over income, to four decimals.
export function effectiveRate(income: number, brackets: readonly Bracket[]): number {
  if (income <= 0) {
    return 0;
  }
  return (incomeTax(income, brackets) / income).toFixed(4);
}
