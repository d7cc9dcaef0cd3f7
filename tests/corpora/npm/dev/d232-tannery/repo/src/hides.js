// Hides are sold by the square foot; a side is half a hide.
const FEET_PER_HIDE = { cow: 50, calf: 12, goat: 8 };

function area(kind, count, sides = false) {
  const feet = FEET_PER_HIDE[kind];
  if (feet === undefined) throw new Error(`unknown hide: ${kind}`);
  return sides ? (feet * count) / 2 : feet * count;
}

module.exports = { area };
