import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPayslip, minutesOf, nightMinutes, payslip, pounds, type PayRules, type Shift, spanMinutes, workedMinutes } from '../src/index';

const RULES: PayRules = { hourlyPence: 1250, weeklyLimitHours: 40, overtimeRate: 1.5, nightPremiumPence: 200 };

const WEEK: Shift[] = [
  { day: 'Mon', start: '08:00', end: '17:30', breakMinutes: 30 },
  { day: 'Tue', start: '08:00', end: '17:30', breakMinutes: 30 },
  { day: 'Wed', start: '14:00', end: '23:00', breakMinutes: 45 },
  { day: 'Thu', start: '21:30', end: '06:15', breakMinutes: 45 },
  { day: 'Sat', start: '07:00', end: '15:00', breakMinutes: 0 },
];

describe('clock', () => {
  it('reads times and spans, across midnight too', () => {
    assert.equal(minutesOf('07:45'), 465);
    assert.throws(() => minutesOf('7.45'), /not a clock time/);
    assert.equal(spanMinutes('08:00', '17:30'), 570);
    assert.equal(spanMinutes('21:30', '06:15'), 525);
  });

  it('counts the night minutes', () => {
    assert.equal(nightMinutes('14:00', '23:00'), 60);
    assert.equal(nightMinutes('21:30', '06:15'), 480);
    assert.equal(nightMinutes('08:00', '17:30'), 0);
  });
});

describe('payroll', () => {
  it('takes the breaks off', () => {
    assert.deepEqual(WEEK.map(workedMinutes), [540, 540, 495, 480, 480]);
  });

  it('pays overtime above the weekly limit and a night premium', () => {
    assert.deepEqual(payslip(WEEK, RULES), { regularHours: 40, overtimeHours: 2.25, nightHours: 9, grossPence: 56019 });
    assert.deepEqual(payslip(WEEK.slice(0, 2), RULES), { regularHours: 18, overtimeHours: 0, nightHours: 0, grossPence: 22500 });
  });

  it('prints the payslip', () => {
    assert.deepEqual(formatPayslip(payslip(WEEK, RULES)), ['regular 40 h', 'overtime 2.25 h', 'night 9 h', 'gross £560.19']);
    assert.equal(pounds(123456789), '£1,234,567.89');
    assert.equal(pounds(-5), '-£0.05');
  });
});
