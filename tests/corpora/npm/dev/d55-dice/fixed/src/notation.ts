// Dice notation as tabletop games write it: '3d6', 'd20', '2d10+4', '4d6kh3' (roll four, keep the
// highest three), '2d20kl1' (keep the lowest), '1d8-1'.
export interface DiceSpec {
  count: number;
  sides: number;
  keep?: { which: 'highest' | 'lowest'; n: number };
  modifier: number;
}

const NOTATION = /^(\d*)d(\d+)(?:k([hl])(\d+))?([+-]\d+)?$/i;

export function parse(text: string): DiceSpec {
  const match = NOTATION.exec(text.replace(/\s+/g, ''));
  if (!match) {
    throw new SyntaxError(`not dice notation: '${text}'`);
  }
  const [, count, sides, which, n, modifier] = match;
  const spec: DiceSpec = { count: count === '' ? 1 : Number(count), sides: Number(sides), modifier: Number(modifier ?? 0) };
  if (spec.count < 1 || spec.count > 100 || spec.sides < 2) {
    throw new RangeError(`cannot roll '${text}'`);
  }
  if (which !== undefined) {
    const keep = Number(n);
    if (keep < 1 || keep > spec.count) {
      throw new RangeError(`cannot keep ${keep} of ${spec.count} dice`);
    }
    spec.keep = { which: which.toLowerCase() === 'h' ? 'highest' : 'lowest', n: keep };
  }
  return spec;
}

export function format(spec: DiceSpec): string {
  const keep = spec.keep ? `k${spec.keep.which[0]}${spec.keep.n}` : '';
  const modifier = spec.modifier === 0 ? '' : spec.modifier > 0 ? `+${spec.modifier}` : String(spec.modifier);
  return `${spec.count}d${spec.sides}${keep}${modifier}`;
}
