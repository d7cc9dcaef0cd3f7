// The hollow a skate blade is ground to, and how many passes a nicked edge needs.
const HOLLOWS_MM = { hockey: 12.7, figure: 11.1, speed: 0 };
const STEEL_PER_PASS_MM = 0.05;

function hollowFor(discipline) {
  return HOLLOWS_MM[discipline] ?? HOLLOWS_MM.hockey;
}

function passesFor(nickMm) {
  // every pass takes the same depth of steel off, and the deepest nick must be ground out
  return Math.max(1, Math.ceil(nickMm / STEEL_PER_PASS_MM - 1e-9));
}

module.exports = { HOLLOWS_MM, hollowFor, passesFor };
