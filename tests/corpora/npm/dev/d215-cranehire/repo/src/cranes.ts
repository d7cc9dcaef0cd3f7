export enum Crane {
  Tower = 'tower',
  Mobile: 'mobile',
  Crawler = 'crawler',
}

export const DAY_RATE_PENCE: Record<Crane, number> = {
  [Crane.Tower]: 62000,
  [Crane.Mobile]: 95000,
  [Crane.Crawler]: 140000,
};

export const MAX_LIFT_TONNES: Record<Crane, number> = {
  [Crane.Tower]: 12,
  [Crane.Mobile]: 60,
  [Crane.Crawler]: 250,
};

// The cheapest crane that can lift the heaviest load on the job.
export function craneFor(tonnes: number): Crane {
  const cranes = Object.values(Crane).filter((crane) => MAX_LIFT_TONNES[crane] >= tonnes);
  if (cranes.length === 0) throw new Error(`no crane lifts ${tonnes} t`);
  return cranes.sort((a, b) => DAY_RATE_PENCE[a] - DAY_RATE_PENCE[b])[0];
}
