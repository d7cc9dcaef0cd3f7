// A timetable line lists the departures of one hour, separated by spaces: '07 00 20  40'.
export function departures(line: string): string[] {
  const [hour, ...minutes] = line.trim().split(/\s+/);
  return minutes.map((minute) => `${hour}:${minute}`);
}

export function timetable(lines: string[]): string[] {
  const all: string[] = [];
  for (const line of lines) {
    all.push(...departures(line));
  }
  return all;
}
