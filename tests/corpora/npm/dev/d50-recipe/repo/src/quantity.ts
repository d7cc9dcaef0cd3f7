// Kitchen quantities: '2', '0.5', '3/4', '1 1/2' in, the nearest eighth as a mixed number out.
const MIXED = /^(?:(\d+)\s+)?(\d+)\/(\d+)$/;

export function parseQuantity(text: string): number {
  const trimmed = text.trim();
  const mixed = MIXED.exec(trimmed);
  if (mixed) {
    const [, whole = '0', num, den] = mixed;
    if (Number(den) === 0) {
      throw new RangeError(`no quantity has a zero denominator: '${text}'`);
    }
    return Number(whole) + Number(num) / Number(den);
  }
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value) || value < 0) {
    throw new SyntaxError(`not a quantity: '${text}'`);
  }
  return value;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function formatQuantity(value: number): string {
  let whole = Math.floor(value);
  let eighths = Math.round((value - whole) * 8);
  if (eighths === 8) {
    whole += 1;
    eighths = 0;
  }
  if (eighths === 0) {
    return String(whole);
  }
  const g = gcd(eighths, 8);
  const fraction = `${eighths / g}/${8 / g}`;
  return whole === 0 ? fraction : `${whole} ${fraction}`;
}
