export interface PowerCurve {
  cutInMs: number;
  ratedMs: number;
  cutOutMs: number;
}

export const DEFAULT_CURVE: PowerCurve = {
  cutInMs: 3,
  ratedMs: 12,
  cutOutMs: 25,
};

// Wind measured at 10 m is faster higher up: the one-seventh power law of the wind profile.
export function windAtHub(windMs10: number, hubM: number): number {
  return windMs10 * (hubM / 10) ** (1 / 7);
}

// Between cut-in and rated speed the output grows with the cube of the wind speed.
export function outputKw(ratedKw: number, windMs: number, curve: PowerCurve = DEFAULT_CURVE): number {
  if (windMs < curve.cutInMs || windMs >= curve.cutOutMs) return 0;
  if (windMs >= curve.ratedMs) return ratedKw;
  const share = (windMs ** 3 - curve.cutInMs ** 3) / (curve.ratedMs ** 3 - curve.cutInMs ** 3);
  return Math.round(ratedKw * share);
}
