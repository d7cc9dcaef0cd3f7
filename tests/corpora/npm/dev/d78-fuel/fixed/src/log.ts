export interface Fill {
  date: string;
  odometer: number;
  litres: number;
  cost: number;
  full: boolean;
}

// "2026-03-01  12345 km  42.50 L  71.40  full" (a partial fill leaves out "full").
export function parseFill(line: string): Fill {
  const match = /^(\d{4}-\d{2}-\d{2})\s+(\d+)\s*km\s+(\d+(?:\.\d+)?)\s*L\s+(\d+(?:\.\d{1,2})?)(\s+full)?$/.exec(line.trim());
  if (!match) {
    throw new SyntaxError(`not a fill-up: '${line}'`);
  }
  return {
    date: match[1],
    odometer: Number(match[2]),
    litres: Number(match[3]),
    cost: Number(match[4]),
    full: match[5] !== undefined,
  };
}

export function parseLog(text: string): Fill[] {
  const fills = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseFill);
  for (let i = 1; i < fills.length; i++) {
    if (fills[i].odometer <= fills[i - 1].odometer) {
      throw new RangeError(`the odometer goes back on ${fills[i].date}`);
    }
  }
  return fills;
}
