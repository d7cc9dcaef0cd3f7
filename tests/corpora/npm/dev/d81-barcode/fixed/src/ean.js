import { checkDigit } from './checkdigit.js';

// The seven-module patterns of each digit: L and G on the left half, R on the right.
const L = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
const R = L.map((pattern) => [...pattern].map((bit) => (bit === '0' ? '1' : '0')).join(''));
const G = R.map((pattern) => [...pattern].reverse().join(''));
// The first digit is not drawn: it picks which left digits use G.
const PARITY = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

const BY_PATTERN = {};
L.forEach((pattern, digit) => (BY_PATTERN[pattern] = { digit, set: 'L' }));
G.forEach((pattern, digit) => (BY_PATTERN[pattern] = { digit, set: 'G' }));
R.forEach((pattern, digit) => (BY_PATTERN[pattern] = { digit, set: 'R' }));

export function complete(payload) {
  if (payload.length !== 12) throw new Error(`an EAN-13 payload has 12 digits, not ${payload.length}`);
  return payload + checkDigit(payload);
}

export function encode(code) {
  if (!/^\d{13}$/.test(code)) throw new Error(`not an EAN-13: ${code}`);
  const [first, ...rest] = [...code].map((digit) => parseInt(digit, 10));
  const left = rest.slice(0, 6).map((digit, i) => (PARITY[first][i] === 'L' ? L : G)[digit]);
  const right = rest.slice(6).map((digit) => R[digit]);
  return `101${left.join('')}01010${right.join('')}101`;
}

export function decode(modules) {
  if (modules.length !== 95) throw new Error(`an EAN-13 has 95 modules, not ${modules.length}`);
  const halves = [modules.slice(3, 45), modules.slice(50, 92)];
  const digits = [];
  let parity = '';
  for (const half of halves) {
    for (let at = 0; at < half.length; at += 7) {
      const chunk = half.slice(at, at + 7);
      if (!Object.hasOwn(BY_PATTERN, chunk)) throw new Error(`unreadable digit ${digits.length + 1}: ${chunk}`);
      digits.push(BY_PATTERN[chunk].digit);
      if (digits.length <= 6) parity += BY_PATTERN[chunk].set;
    }
  }
  const first = PARITY.indexOf(parity);
  if (first < 0) throw new Error(`unknown parity ${parity}`);
  return `${first}${digits.join('')}`;
}
