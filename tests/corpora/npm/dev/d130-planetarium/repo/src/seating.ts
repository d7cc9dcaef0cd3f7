// Rows are lettered from the front of the dome (A, B, ...) and seats numbered from the aisle.
export default function seatLabel(row: number, seat: number): string {
  if (row < 1 || row > 26) throw new RangeError(`no row ${row}`);
  return `${String.fromCharCode(64 + row)}${seat}`;
}
