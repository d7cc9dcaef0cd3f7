// Each tap on the sugar bush gets the next number of the season, whatever its kind.
export class Tap {
  static #issued = 0;

  static next(): string {
    Tap.#issued += 1;
    return `T${Tap.#issued}`;
  }
}

export class SpoutTap extends Tap {}

// The valves of a tubing line, open or shut, as a code of binary digits, one a valve.
export function valveCode(open: boolean[]): string {
  const mask = open.reduce((bits, valve) => (bits << 1) | (valve ? 1 : 0), 0);
  return mask.toString(2).padStart(open.length, '0');
}
