export function minutesOf(time: string): number {
  if (!/^\d\d:\d\d$/.test(time)) throw new Error(`not a clock time: ${time}`);
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

// Minutes from start to end, across midnight when the end is earlier.
export function spanMinutes(start: string, end: string): number {
  const from = minutesOf(start);
  const to = minutesOf(end);
  return to > from ? to - from : to + 24 * 60 - from;
}

// Minutes of a span that fall in the night, 22:00 to 06:00.
export function nightMinutes(start: string, end: string): number {
  const from = minutesOf(start);
  let count = 0;
  for (let m = from; m < from + spanMinutes(start, end); m++) {
    const ofDay = m % (24 * 60);
    if (ofDay >= 22 * 60 || ofDay < 6 * 60) count += 1;
  }
  return count;
}
