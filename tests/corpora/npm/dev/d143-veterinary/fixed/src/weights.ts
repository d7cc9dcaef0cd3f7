const KG_PER_LB = 0.45359237;

// "12.4 kg" or "9 lb", as the owner or the scales give it, in kilograms to one decimal.
export function parseWeight(text: string): number {
  const [value, unit = 'kg'] = text.trim().split(/\s+/);
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0) throw new Error(`not a weight: ${text}`);
  let kg: number;
  if (unit === 'lb') kg = amount * KG_PER_LB;
  else kg = amount;
  return Math.round(kg * 10) / 10;
}

// The change since the first weighing, in percent of the first weight.
export function weightChange(history: number[]): number {
  if (history.length < 2) return 0;
  const first = history[0];
  const latest = history[history.length - 1];
  return Math.round(((latest - first) / first) * 1000) / 10;
}
