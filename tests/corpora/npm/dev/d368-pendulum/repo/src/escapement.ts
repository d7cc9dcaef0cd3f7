export enum Escapement {
  Anchor = 'anchor',
  Deadbeat = 'deadbeat',
  Grasshopper = 'grasshopper',
}

// Seconds a day each escapement loses to its recoil and friction, which the regulator makes up.
export const DAILY_LOSS_S: Record<Escapement, number> = {
  [Escapement.Anchor]: 12,
  [Escapement.Deadbeat]: 3,
  [Escapement.Grasshopper]: 1,
};
