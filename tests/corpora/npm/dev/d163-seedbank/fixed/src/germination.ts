import type { GerminationTest } from './types';

export function germinationRate(test: GerminationTest): number {
  if (test.sown <= 0) {
    throw new RangeError('a germination test sows at least one seed');
  }
  return Math.round((test.germinated / test.sown) * 1000) / 10;
}

// ISO dates sort as text, so the latest test is the greatest date.
export function latestTest(tests: readonly GerminationTest[]): GerminationTest | undefined {
  return tests.reduce<GerminationTest | undefined>(
    (latest, test) => (latest === undefined || test.date > latest.date ? test : latest),
    undefined,
  );
}

// Viability halves every halfLifeYears in cold storage (a simple model seed banks use to plan retests).
export function viabilityAfter(ratePercent: number, years: number, halfLifeYears: number): number {
  return Math.round(ratePercent * 0.5 ** (years / halfLifeYears) * 10) / 10;
}
