// A session's slot reads like "6 min" or "12 min".
export function slotMinutes(slot: string): number {
  const found = slot.match(/(\d+)\s*min/);
  if (!found) {
    throw new RangeError(`no minutes in ${slot}`);
  }
  return Number(found[1]);
}

// Weekend sessions cost more.
export function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
