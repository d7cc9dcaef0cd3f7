// The share of total ammonia that is free NH3, the toxic form, at a pH and temperature (Emerson et al., 1975).
export function freeAmmonia(totalPpm, pH, celsius) {
  const pKa = 0.09018 + 2729.92 / (273.2 + celsius);
  return Math.round((totalPpm / (1 + 10 ** (pKa - pH))) * 1000) / 1000;
}

// A value after changing a share of the water for tap water that holds `tap` of it.
export function afterChange(value, share, tap = 0) {
  return value * share + tap * (1 - share);
}

// Water changes of a share it takes to bring a value down to the target.
export function changesNeeded(value, target, share, tap = 0) {
  if (target <= tap) throw new Error(`the tap water already holds ${tap}`);
  let changes = 0;
  for (let now = value; now > target; now = afterChange(now, share, tap)) changes += 1;
  return changes;
}
