// Times are minutes after midnight.
export interface Slot {
  start: number;
  end: number;
}

// Landing slots of one length from opening time; the last must be over by closing time.
export function slots(openMin: number, closeMin: number, lengthMin: number): Slot[] {
  const result: Slot[] = [];
  for (let start = openMin; start < closeMin; start += lengthMin) {
    result.push({ start, end: start + lengthMin });
  }
  return result;
}

export function clock(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}
