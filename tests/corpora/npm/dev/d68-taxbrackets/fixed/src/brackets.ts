export interface Bracket {
  upTo: number | null; // the top of the bracket; null for the last one, which has none
  rate: number; // a fraction: 0.2 is 20 %
}

// One bracket a line: "up to 12570: 0%", ..., "above: 45%", rising.
export function parseBrackets(text: string): Bracket[] {
  const brackets: Bracket[] = [];
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (line === '') {
      continue;
    }
    const match = /^(?:up to (\d+)|above): (\d+(?:\.\d+)?)%$/.exec(line);
    if (!match) {
      throw new SyntaxError(`not a tax bracket: '${line}'`);
    }
    const upTo = match[1] === undefined ? null : Number(match[1]);
    const last = brackets[brackets.length - 1];
    if (last !== undefined && (last.upTo === null || (upTo !== null && upTo <= last.upTo))) {
      throw new RangeError(`the brackets must rise: '${line}'`);
    }
    brackets.push({ upTo, rate: Number(match[2]) / 100 });
  }
  return brackets;
}
