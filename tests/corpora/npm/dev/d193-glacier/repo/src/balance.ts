import type { StakeBalance, StakeReading } from './types';
import { daysBetween, parseDay } from './dates';

// Ice is 0.91 times as dense as water: a centimetre of ice melted is 9.1 mm of water.
const WATER_MM_PER_ICE_CM = 9.1;

export function stakeBalance(readings: StakeReading[]): StakeBalance {
  if (readings.length < 2) throw new Error('a balance needs two readings of the stake');
  const sorted = [...readings].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const meltCm = last.exposedCm - first.exposedCm;
  const days = daysBetween(parseDay(first.date), parseDay(last.date));
  const waterEquivalentMm = Math.round(meltCm * WATER_MM_PER_ICE_CM);
  return { stake: first.stake, meltCm, waterEquivalentMm };
}
