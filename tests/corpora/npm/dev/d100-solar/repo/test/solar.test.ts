import { describe, expect, it } from 'vitest';
import { clippedHours, dailyKwh, dailySavings, dayReport, outputWatts, paybackYears, type PvArray, ratedWatts, type Reading, typicalPayback } from '../src/index';

const ROOF: PvArray = {
  strings: [
    { watts: 400, count: 8 },
    { watts: 350, count: 4 },
  ],
  inverterWatts: 3600,
  efficiency: 0.85,
};

const JUNE: Reading[] = [
  { hour: 6, irradiance: 120 },
  { hour: 9, irradiance: 540 },
  { hour: 12, irradiance: 980 },
  { hour: 13, irradiance: 1010 },
  { hour: 16, irradiance: 610 },
  { hour: 19, irradiance: 90 },
];

const RATES = { importPence: 24.5, exportPence: 15 };

describe('output', () => {
  it('scales the rating by irradiance and losses, up to the inverter', () => {
    expect(ratedWatts(ROOF)).toBe(4600);
    expect(outputWatts(ROOF, 500)).toBe(1955);
    expect(outputWatts(ROOF, 1000)).toBe(3600);
    expect(outputWatts(ROOF, 0)).toBe(0);
  });

  it('adds up a day', () => {
    expect(dailyKwh(ROOF, JUNE)).toBe(12.517);
    expect(dailyKwh(ROOF, [])).toBe(0);
    expect(clippedHours(ROOF, JUNE)).toEqual([12, 13]);
  });
});

describe('finance', () => {
  it('saves the import price on what is used and earns the export price on the rest', () => {
    expect(dailySavings(10, RATES, 0.4)).toBe(188);
    expect(dailySavings(10, RATES, 1)).toBe(245);
  });

  it('pays back in years, rounded up to a tenth', () => {
    expect(paybackYears(6500, 70000)).toBe(9.3);
    expect(paybackYears(6500, 0)).toBe(Infinity);
  });

  it('reports a day', () => {
    const day = dayReport(ROOF, JUNE, RATES, 0.35);
    expect(day).toEqual({ kwh: 12.517, savingsPence: 229, clipped: [12, 13] });
    expect(typicalPayback(7200, day)).toBe(8.7);
  });
});
