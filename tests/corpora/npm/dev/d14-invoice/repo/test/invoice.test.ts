import { describe, expect, it } from 'vitest';
import { invoiceTotals, render } from '../src/invoice';
import { formatMoney } from '../src/money';

const lines = [
  { description: 'Paper', quantity: 3, unitPrice: 4.99 },
  { description: 'Pens', quantity: 10, unitPrice: 0.35 },
];

describe('invoice', () => {
  it('sums net, tax and gross in cents', () => {
    expect(invoiceTotals(lines, 0.2)).toEqual({ net: 1847, tax: 369, gross: 2216 });
  });

  it('renders every line and the totals', () => {
    expect(render(lines, 0.2)).toEqual([
      'Paper: 14.97 EUR',
      'Pens: 3.50 EUR',
      'Net: 18.47 EUR',
      'Tax: 3.69 EUR',
      'Total: 22.16 EUR',
    ]);
  });

  it('formats negative amounts', () => {
    expect(formatMoney(-5)).toBe('-0.05 EUR');
  });
});
