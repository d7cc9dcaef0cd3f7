const RECIPE = { tin: 0.92, antimony: 0.06, copper: 0.02 };

function batch(totalGrams) {
  const parts = {};
  for (const [metal, share] of Object.entries(RECIPE)) {
    parts[metal] = Math.round(totalGrams * share);
  }
  return parts;
}

function grade(parts) {
  const total = parts.tin + parts.antimony + parts.copper;
  if (parts.tin / total >= 0.9) {
    return 'fine';
    } else {
    return 'trifle';
  }
}

module.exports = { RECIPE, batch, grade };
