// A shift as clocked: 'HH:MM' times; a shift that ends before it starts ran past midnight.
export interface Shift {
  day: string; // 'Mon' .. 'Sun'
  start: string;
  end: string;
  breakMinutes: number;
}

export interface PayRules {
  hourlyPence: number;
  weeklyLimitHours: number; // hours above it are overtime
  overtimeRate: number; // e.g. 1.5
  nightPremiumPence: number; // per hour worked between 22:00 and 06:00
}

export interface Payslip {
  regularHours: number;
  overtimeHours: number;
  nightHours: number;
  grossPence: number;
}
