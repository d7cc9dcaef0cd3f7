import { turvesFrom } from './turves.js';

// Each bank's face is cut back by one spade length (0.3 m) a day.
export function dayCut(bank) {
  return turvesFrom(bank.lengthM, bank.depthM, 0.12);
}

export function daysToCut(bank, turvesNeeded) {
  const perDay = dayCut(bank);
  return Math.ceil(turvesNeeded / perDay);
}

export function bankRecord(bank, turves) {
  return { bank: bank.name, turves, days: daysToCut(bank, turves) };
}
