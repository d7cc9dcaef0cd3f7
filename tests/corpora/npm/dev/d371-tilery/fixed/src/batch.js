// A batch is its clay and its firing, with a -B when the firing went to the second kiln.
const CODE = /^[A-Z]{2}-\d{3}(?:-B)?$/u;

export function parseBatch(code) {
  if (!CODE.test(code)) throw new Error(`bad batch code ${code}`);
  const [clay, firing, kiln] = code.split('-');
  return { clay, firing: Number(firing), kiln: kiln === 'B' ? 2 : 1 };
}

// The newest firing in a job sets the date its tiles can leave; a job with no batches yet has none (0).
export function lastFiring(codes) {
  return codes.map((code) => parseBatch(code).firing).reduce((a, b) => Math.max(a, b), 0);
}

export function claysOf(codes) {
  return [...new Set(codes.map((code) => parseBatch(code).clay))].sort();
}
