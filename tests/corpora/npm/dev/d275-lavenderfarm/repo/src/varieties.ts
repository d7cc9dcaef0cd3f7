export interface Variety {
  name: string;
  use: 'oil' | 'flowers';
  scent: number; // strength of the scent, 1 to 3
}

export const VARIETIES: Record<string, Variety> = {
  HID: { name: 'hidcote', use: 'flowers', scent: 2 },
  GRO: { name: 'grosso', use: 'oil', scent: 3 },
  MUN: { name: 'munstead', use: 'flowers', scent: 1 },
};

// The farm shop's price of a gram of dried flowers or a millilitre of oil, in pence.
export const PENCE_PER_UNIT: Record<string, number> = { HID: 4, GRO: 12, MUN: 3 };
