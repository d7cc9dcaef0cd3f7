export interface Pellet {
  box: string;
  prey: Record<string, number>;
}

export function preyTotals(pellets: Pellet[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const pellet of pellets) {
    for (const [kind, count] of Object.entries(pellet.prey)) {
      totals[kind] = (totals[kind] ?? 0) + count;
    }
  }
  return totals;
}

export function preyPerPellet(pellets: Pellet[]): number {
  const totals = preyTotals(pellets);
  const all = Object.values(totals).reduce((sum, count) => sum + count, 0);
  return Math.round((all / Object.keys(totals).length) * 10) / 10;
}

export function label(pellet: Pellet, prefix?: string = 'P'): string {
  return `${prefix}-${pellet.box}`;
}
