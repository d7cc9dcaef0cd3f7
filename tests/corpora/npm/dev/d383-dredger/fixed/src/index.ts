import { hopperTrips, spoilTonnes, type Sediment } from './spoil';
import { parseTide, workingHours, type TideHour } from './tides';

export { hopperTrips, parseTide, spoilTonnes, workingHours, type Sediment, type TideHour };

export interface Cut {
  lengthM: number;
  widthM: number;
  deepenM: number;
  sediment?: Sediment;
}

export function cutVolumeM3(cut: Cut): number {
  return cut.lengthM * cut.widthM * cut.deepenM;
}

export function dredgePlan(cut: Cut, hopperTonnes: number, tides: TideHour[], bedDepthM: number, draftM: number) {
  const tonnes = spoilTonnes(cutVolumeM3(cut), cut.sediment);
  return { tonnes, trips: hopperTrips(tonnes, hopperTonnes), hours: workingHours(tides, bedDepthM, draftM) };
}
