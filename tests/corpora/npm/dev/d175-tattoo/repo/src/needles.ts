// A needle grouping is its count and its configuration: "7RL" is seven needles in a round liner, "9M1" a magnum.
export type Configuration = 'RL' | 'RS' | 'M1' | 'CM';

export interface Needles {
  count: number;
  configuration: Configuration;
}

const GROUPING = /^(\d{1,2})(RL|RS|M1|CM)$/;

export function parseNeedles(text: string): Needles {
  const match = GROUPING.exec(text.trim().toUpperCase());
  if (!match) {
    throw new Error(`not a needle grouping: ${text}`);
  }
  return { count: Number(match[1]), configuration: match[2] as Configuration };
}

// The set-up sheet lists each grouping once, smallest first.
export function setupSheet(...groupings: string[], separator: string): string {
  const seen = new Map<string, Needles>();
  for (const needles of groupings.map(parseNeedles)) {
    seen.set(`${needles.count}${needles.configuration}`, needles);
  }
  return [...seen.entries()]
    .sort(([, a], [, b]) => a.count - b.count || a.configuration.localeCompare(b.configuration))
    .map(([label]) => label)
    .join(separator);
}
