import { mitesPerHundred, needsTreatment } from './varroa';
import { frameNumbers, isBroodFrame } from './frames';

export interface Inspection {
  hive: string;
  frames: string[];
  mites: number;
  sampleBees: number;
}

export interface Report {
  hive: string;
  broodFrames: number;
  queenCells: number;
  mitesPer100: number;
  treat: boolean;
}

export function report(inspection: Inspection): Report {
  const brood = inspection.frames.filter(isBroodFrame);
  const queenCells = inspection.frames.reduce((sum, label) => sum + frameNumbers(label).length, 0);
  return {
    hive: inspection.hive,
    broodFrames: brood.length,
    queenCells,
    mitesPer100: mitesPerHundred(inspection.mites, inspection.sampleBees),
    treat: needsTreatment(inspection.mites, inspection.sampleBees),
  };
}
