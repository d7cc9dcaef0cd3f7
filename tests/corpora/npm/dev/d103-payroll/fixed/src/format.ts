import type { Payslip } from './types';

export function pounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const [whole, fraction] = (Math.abs(pence) / 100).toFixed(2).split('.');
  return `${sign}£${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

export function formatPayslip(slip: Payslip): string[] {
  return [
    `regular ${slip.regularHours} h`,
    `overtime ${slip.overtimeHours} h`,
    `night ${slip.nightHours} h`,
    `gross ${pounds(slip.grossPence)}`,
  ];
}
