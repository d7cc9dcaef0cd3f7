export type Grain = 'fine' | 'coarse';

export interface Glass {
  label: string;
  grams: number;
  grain: Grain;
}

// Grams of sand through the neck each second.
export const FLOW_G_PER_S: Record<Grain, number> = { fine: 1.5, coarse: 2.5 };
