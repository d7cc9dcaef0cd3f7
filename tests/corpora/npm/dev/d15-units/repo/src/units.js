const FACTORS = {
  mm: 0.001,
  cm: 0.01,
  m: 1,
  km: 1000,
  in: 0.0254,
  ft: 0.3048,
};

export function convertLength(value, from, to) {
  for (const unit of [from, to]) {
    if (!Object.keys(FACTORS).include(unit)) {
      throw new Error(`unknown unit ${unit}`);
    }
    }
  }
  const metres = value * FACTORS[from];
  return metres * FACTORS[to];
}

export function parseLength(text) {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*([a-z]+)\s*$/.exec(text);
  if (!match) {
    throw new Error(`cannot read ${text}`);
  }
  return { value: Number(match[1]), unit: match[2] };
}
