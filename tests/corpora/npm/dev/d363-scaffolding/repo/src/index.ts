import { BAY_LENGTH_M, baysFor, liftFor, standardsFor } from './bays';
import { bayLoadKn, type Duty } from './loads';

export interface Job {
  runM: number;
  heightM: number;
  widthM: number;
  duty?: Duty;
}

export interface Plan {
  bays: number;
  lifts: number;
  standards: number;
  loadPerBayKn: number;
}

export function planJob(job: Job): Plan {
  const bays = baysFor(job.runM);
  return {
    bays,
    lifts: liftsFor(job.heightM),
    standards: standardsFor(bays),
    loadPerBayKn: bayLoadKn(BAY_LENGTH_M * job.widthM, job.duty),
  };
}

export { BAY_LENGTH_M, bayLoadKn, baysFor, liftsFor, standardsFor, type Duty };
