import { germinationRate, latestTest, viabilityAfter } from './germination';
import type { Accession, Withdrawal } from './types';

const HALF_LIFE_YEARS: Record<string, number> = { wheat: 20, onion: 6, pea: 15 };
const RETEST_BELOW = 75;

export class Vault {
  private readonly accessions = new Map<string, Accession>();
  private readonly history: Withdrawal[] = [];

  deposit(accession: Accession): void {
    if (this.accessions.has(accession.id)) {
      throw new Error(`accession ${accession.id} is already stored`);
    }
    this.accessions.set(accession.id, accession);
  }

  get(id: string): Accession {
    const accession = this.accessions.get(id);
    if (!accession) {
      throw new Error(`no accession ${id}`);
    }
    return accession;
  }

  withdraw(id: string, grams: number, to: string, date: string): Accession {
    const accession = this.get(id);
    if (grams > accession.grams) {
      throw new RangeError(`only ${accession.grams} g of ${id} left`);
    }
    this.accessions.set(id, { ...accession, grams: accession.grams - grams });
    // The history keeps every withdrawal, in the order they were made.
    this.history.push({ id, date, grams, to });
    return this.get(id);
  }

  sentTo(to: string): Withdrawal[] {
    return this.history.filter((withdrawal) => withdrawal.to === to);
  }

  // Accessions whose expected viability this year has fallen below the retest threshold.
  dueForRetest(year: number): string[] {
    const due: string[] = [];
    for (const accession of this.accessions.values()) {
      const test = latestTest(accession.tests);
      if (!test) {
        due.push(accession.id);
        continue;
      }
      const halfLife = HALF_LIFE_YEARS[accession.species] ?? 10;
      const expected = viabilityAfter(germinationRate(test), year - Number(test.date.slice(0, 4)), halfLife);
      if (expected < RETEST_BELOW) {
        due.push(accession.id);
      }
    }
    return due.sort();
  }
}
