import type { Bracket } from './brackets.js';
import { effectiveRate, incomeTax } from './tax';

export interface Payslip {
  taxable: number;
  tax: number;
  net: number;
  monthlyNet: number;
  effectiveRate: number;
}

const cents = (value: number) => Math.round(value * 100) / 100;

export function payslip(gross: number, brackets: readonly Bracket[], allowance = 0): Payslip {
  const taxable = Math.max(0, gross - allowance);
  const tax = incomeTax(taxable, brackets);
  const net = cents(gross - tax);
  return { taxable, tax, net, monthlyNet: cents(net / 12), effectiveRate: effectiveRate(taxable, brackets) };
}
