export interface Cut {
  name: string;
  kg: number;
  method: 'hot' | 'cold';
}

// Dry-cure salt as a share of the meat's weight: a cold smoke never cooks the meat, so it takes more.
export function saltGrams(cut: Cut): number {
  const share = cut.method === 'cold' ? 0.035 : 0.025;
  return Math.round(cut.kg * 1000 * share);
}

// A day in the cure for every kilo, in hours.
export function cureHours(cut: Cut): number {
  return Math.ceil(cut.kg * 24);
}
