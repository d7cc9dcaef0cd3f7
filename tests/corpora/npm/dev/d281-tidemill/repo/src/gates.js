import { SLUICE_GATES as sluices } from './mill.js';

// The gates opened for a spring tide, one bit a gate, the first gate in the highest bit.
const SPRING_PATTERN = parseInt('1101', 2);
// The board prints the open gates in bold (ANSI escape codes).
const BOLD = '\033[1m';
const PLAIN = '\033[0m';

export function springGates() {
  return SLUICE_GATES.filter((_, i) => (SPRING_PATTERN >> (SLUICE_GATES.length - 1 - i)) & 1);
}

export function board(open) {
  return sluices.map((name) => (open.includes(name) ? `${BOLD}${name}${PLAIN}` : name)).join(' | ');
}
