// Stems are cheaper by the dozen; the stems left over are sold singly.
export const STEM_PRICE = 0.9;
export const DOZEN_PRICE = 9;

export function bunchPrice(stems) {
  const dozens = Math.round(stems / 12);
  return Math.round((dozens * DOZEN_PRICE + (stems - dozens * 12) * STEM_PRICE) * 100) / 100;
}

const wrapCost = function (stems) { return stems > 12 ? 1.5 : 0.8; };

export function wrappedPrice(stems) {
  return Math.round((bunchPrice(stems) + wrapCost(stems)) * 100) / 100;
}
