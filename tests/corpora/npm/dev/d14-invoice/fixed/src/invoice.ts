import { formatMoney, toCents } from './money';

export interface Line {
  description: string;
  quantity: number;
  unitPrice: number;
}

export function lineTotal(line: Line): number {
  return toCents(line.quantity * line.unitPrice);
}

export function invoiceTotals(lines: Line[], taxRate: number) {
  const net = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  const tax = Math.round(net * taxRate);
  return { net, tax, gross: net + tax };
}

export function render(lines: Line[], taxRate: number): string[] {
  const totals = invoiceTotals(lines, taxRate);
  return [
    ...lines.map((line) => `${line.description}: ${formatMoney(lineTotal(line))}`),
    `Net: ${formatMoney(totals.net)}`,
    `Tax: ${formatMoney(totals.tax)}`,
    `Total: ${formatMoney(totals.gross)}`,
  ];
}
