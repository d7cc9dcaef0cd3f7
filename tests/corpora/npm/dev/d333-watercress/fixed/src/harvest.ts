import { Bed, totalArea } from './beds';

const MS_PER_DAY = 1000 * 60 * 60 * 24;
const FIRST_CUT_DAYS = 42;
const REGROWTH_DAYS = 21;
const KG_PER_M2 = 1.8;

export function daysSinceSown(bed: Bed, today: string): number {
  return Math.floor((Date.parse(today) - Date.parse(bed.sown)) / MS_PER_DAY);
}

// Days until the bed can next be cut: the first cut six weeks after sowing, then every three weeks.
export function daysToCut(bed: Bed, today: string): number {
  const days = daysSinceSown(bed, today);
  if (days < FIRST_CUT_DAYS) {
    return FIRST_CUT_DAYS - days;
  }
  return (REGROWTH_DAYS - ((days - FIRST_CUT_DAYS) % REGROWTH_DAYS)) % REGROWTH_DAYS;
}

export function cutYieldKg(beds: Bed[]): number {
  return Math.round(totalArea(beds) * KG_PER_M2 * 10) / 10;
}
