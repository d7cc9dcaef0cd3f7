export const SLEDS = ['two-man', 'four-man', 'monobob'] as const;

export type Sled = (typeof SLEDS)[number];

export interface Run {
  team: string;
  sled: Sled;
  heat: number;
  seconds: number;
}

export interface Standing {
  team: string;
  total: number;
}
