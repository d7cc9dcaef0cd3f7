export interface Variety {
  name: string;
  use: 'oil' | 'flowers';
}

export const VARIETIES: Record<string, Variety> = {
  HID: { name: 'hidcote', use: 'flowers' },
  GRO: { name: 'grosso', use: 'oil' },
  MUN: { name: 'munstead', use: 'flowers' },
};

// The farm shop's price of a gram of dried flowers or a millilitre of oil, in pence.
export const PENCE_PER_UNIT: Record<string, number> = { HID: 4, GRO: 12, MUN: 3 };
