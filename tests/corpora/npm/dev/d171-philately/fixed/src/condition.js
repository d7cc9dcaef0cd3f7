// The share of the catalogue price a copy fetches, by its condition.
const FACTORS = {
  mint: 1,
  'lightly hinged': 0.6,
  hinged: 0.4,
  'fine used': 0.35,
  used: 0.2,
  damaged: 0.05,
};

export const CONDITIONS = Object.keys(FACTORS);

export function conditionFactor(condition) {
  if (!Object.hasOwn(FACTORS, condition)) {
    throw new Error(`unknown condition: ${condition}`);
  }
  return FACTORS[condition];
}

// The better of two copies, the first one when they are equal.
export function better(a, b) {
  return conditionFactor(b) > conditionFactor(a) ? b : a;
}
