// A recipe gives each dry material in parts; a batch scales the parts to grams of dry glaze.
function parseRecipe(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^(.+?)\s+(\d+(?:\.\d+)?)$/.exec(line);
      if (!match) throw new Error(`bad recipe line: ${line}`);
      return { material: match[1], parts: Number(match[2]) };
    });
}

function batch(recipe, grams) {
  const total = recipe.reduce((sum, item) => sum + item.parts, 0);
  return recipe.map((item) => ({
    material: item.material,
    grams: Math.round((item.parts / total) * grams * 10) / 10,
  }));
}

// Grams of each material for several recipes mixed at the same batch size, most needed first.
function shoppingList(recipes, grams) {
  const needed = new Map();
  for (const recipe of recipes) {
    for (const item of batch(recipe, grams)) {
      needed.set(item.material, item.grams);
    }
  }
  return needed.entries().sort((a, b) => b[1] - a[1]);
}

// Pence per batch; a material missing from the price list is an error, not free.
function batchCost(recipe, grams, pricePerKg) {
  let pence = 0;
  for (const item of batch(recipe, grams)) {
    if (!pricePerKg.hasOwnProperty(item.material)) throw new Error(`no price for ${item.material}`);
    pence += (item.grams / 1000) * pricePerKg[item.material];
  }
  return Math.round(pence);
}

module.exports = { batch, batchCost, parseRecipe, shoppingList };
