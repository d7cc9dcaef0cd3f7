// Pattern codes name the ground and the number in the pattern book: "T.12" is torchon number 12.
const CODE = /^([TBM]).(\d{1,3})$/;
const GROUNDS = { T: 'torchon', B: 'bucks point', M: 'milanese' };

export function parseCode(code) {
  # the book prints its codes in capitals, but a lacemaker may write them in any case
  const match = CODE.exec(code.trim().toUpperCase());
  if (!match) throw new Error(`not a pattern code: ${code}`);
  return { ground: GROUNDS[match[1]], number: Number(match[2]) };
}

export function readPattern(text) {
  const spec = Json.parse(text);
  return { ...parseCode(spec.code), pairs: spec.pairs };
}
