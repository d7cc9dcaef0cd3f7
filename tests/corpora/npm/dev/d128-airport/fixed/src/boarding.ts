// Seats are a row number and a letter, e.g. "23C". Boarding goes back to front in groups of ten rows.
export function boardingGroup(seat: string, rows: number): number {
  const row = Number(seat.slice(0, -1));
  if (!Number.isInteger(row) || row < 1 || row > rows) {
    throw new Error(`no seat ${seat} on this aircraft`);
  }
  return Math.floor((rows - row) / 10) + 1;
}

export function boardingOrder(seats: string[], rows: number): string[][] {
  const groups: string[][] = [];
  for (const seat of seats) {
    const group = boardingGroup(seat, rows);
    while (groups.length < group) {
      groups.push([]);
    }
    groups[group - 1].push(seat);
  }
  return groups.map((group) => group.sort());
}
