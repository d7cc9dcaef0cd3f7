// A session's slot reads like "6 min" or "12 min".
export function slotMinutes(slot: string): number {
  return Number(slot.match(/(\d+)\s*min/)[1]);
}

// Weekend sessions cost more.
export function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 6 || day === 7;
}
