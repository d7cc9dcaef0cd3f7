'use strict';

// Baker's percentages: every ingredient is a share of the flour's weight, so flour itself is 1.
const FORMULAS = {
  baguette: { pieceGrams: 350, ratios: { flour: 1, water: 0.7, salt: 0.02, yeast: 0.008 } },
  brioche: { pieceGrams: 500, ratios: { flour: 1, eggs: 0.5, butter: 0.45, sugar: 0.12, salt: 0.02, yeast: 0.03 } },
  rye: { pieceGrams: 900, ratios: { flour: 1, water: 0.82, starter: 0.4, salt: 0.022 } },
};

function totalRatio(ratios) {
  return Object.values(ratios).reduce((sum, part) => sum + part, 0);
}

// Grams of each ingredient for `pieces` loaves: the dough weight shared out by the percentages.
function scaleFormula(bread, pieces) {
  const formula = FORMULAS[bread];
  if (!formula) {
    throw new Error(`unknown bread: ${bread}`);
  }
  if (!Number.isInteger(pieces) || pieces < 1) {
    throw new RangeError(`pieces must be at least 1, got ${pieces}`);
  }
  const flour = (formula.pieceGrams * pieces) / totalRatio(formula.ratios);
  const grams = {};
  for (const [ingredient, ratio] of Object.entries(formula.ratios)) {
    grams[ingredient] = Math.round(flour * ratio);
  }
  return grams;
}

// One day's orders ({ date, orders }) mixed together: the same ingredient from different breads is weighed once.
function doughFor(day) {
  const totals = {};
  for (const order of day.orders) {
    const grams = scaleFormula(order.bread, order.pieces);
    for (const [ingredient, amount] of Object.entries(grams)) {
      totals[ingredient] = (totals[ingredient] || 0) + amount;
    }
  }
  return totals;
}

module.exports = { FORMULAS, scaleFormula, doughFor };
