import { describe, expect, it } from 'vitest';
import { dayReport, weekReport } from '../src/index';
import { MONDAY, TUESDAY } from './fixtures';

describe('report', () => {
  it('reports one day', () => {
    expect(dayReport(MONDAY, 15)).toEqual({ date: '2027-04-05', ventOpenHours: 2, peakHumidity: 90 });
  });

  it('reports every day of the log', () => {
    expect(weekReport([MONDAY, TUESDAY], 20).map((day) => day.ventOpenHours)).toEqual([1, 2]);
  });
});
