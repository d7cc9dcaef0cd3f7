export enum Flow {
  Dry,
  Trickle,
  Steady,
  Gushing,
}

export type Reading = {
  spring: string;
  litresPerMinute: number;
};

export interface Spring {
  name: string;
  parish: string;
}
