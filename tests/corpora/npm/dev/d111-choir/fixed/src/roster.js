export const PARTS = ['S', 'A', 'T', 'B'];

// "Name, part" per line, the part optionally divided: "Ines Duarte, S2".
export function parseRoster(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^([^,]+),\s*([SATB])([12])?$/.exec(line);
      if (!match) throw new Error(`bad roster line: ${line}`);
      return { name: match[1].trim(), part: match[2], division: match[3] ? Number(match[3]) : 1 };
    });
}

export function balance(singers) {
  const counts = Object.fromEntries(PARTS.map((part) => [part, 0]));
  for (const singer of singers) counts[singer.part] += 1;
  return counts;
}

// A part with fewer than half as many singers as the largest one is drowned out.
export function shortParts(singers) {
  const counts = balance(singers);
  const largest = Math.max(...Object.values(counts));
  return PARTS.filter((part) => counts[part] * 2 < largest);
}
