import { nightMinutes, spanMinutes } from '../clock';
import type { PayRules, Payslip, Shift } from './types';

export function workedMinutes(shift: Shift): number {
  return spanMinutes(shift.start, shift.end) - shift.breakMinutes;
}

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

export function payslip(shifts: Shift[], rules: PayRules): Payslip {
  const total = hours(shifts.reduce((sum, s) => sum + workedMinutes(s), 0));
  const regularHours = Math.min(total, rules.weeklyLimitHours);
  const overtimeHours = hours(total - regularHours);
  const nightHours = hours(shifts.reduce((sum, s) => sum + nightMinutes(s.start, s.end), 0));
  const grossPence = Math.round(
    regularHours * rules.hourlyPence +
      overtimeHours * rules.hourlyPence * rules.overtimeRate +
      nightHours * rules.nightPremiumPence,
  );
  return { regularHours, overtimeHours, nightHours, grossPence };
}
