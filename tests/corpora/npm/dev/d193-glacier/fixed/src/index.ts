import { stakeBalance } from './balance';
import { byStake, parseReadings } from './stakes';
import type { StakeBalance } from './types';

export { addWeeks, daysBetween, fieldSeason } from './dates';
export { parseReadings, stakeBalance };

export function glacierReport(csv: string): StakeBalance[] {
  return [...byStake(parseReadings(csv)).values()]
    .map((readings) => stakeBalance(readings))
    .sort((a, b) => b.meltCm - a.meltCm);
}
