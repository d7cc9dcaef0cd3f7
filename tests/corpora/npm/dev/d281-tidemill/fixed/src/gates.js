import { SLUICE_GATES as sluices } from './mill.js';

// The gates opened for a spring tide, one bit a gate, the first gate in the highest bit.
const SPRING_PATTERN = 0b1101;
// The board prints the open gates in bold (ANSI escape codes).
const BOLD = '\u001b[1m';
const PLAIN = '\u001b[0m';

export function springGates() {
  return sluices.filter((_, i) => (SPRING_PATTERN >> (sluices.length - 1 - i)) & 1);
}

export function board(open) {
  return sluices.map((name) => (open.includes(name) ? `${BOLD}${name}${PLAIN}` : name)).join(' | ');
}
