// The batch freezer churns up to 12 litres at a time; a litre of mix gives 0.9 kg of gelato once air is beaten in.
export const CAPACITY_LITRES = 12;
export const KG_PER_LITRE = 0.9;

export function churn(flavour, litres, { msPerLitre = 1 } = {}) {
  return new Promise((resolve, reject) => {
    if (litres <= 0 || litres > CAPACITY_LITRES) {
      reject(new Error(`the freezer takes 1 to ${CAPACITY_LITRES} litres, not ${litres}`));
      return;
    }
    setTimeout(() => resolve({ flavour, kg: Math.round(litres * KG_PER_LITRE * 10) / 10 }), litres * msPerLitre);
  });
}

// A morning's production, one batch after another, since there is one freezer.
export async function produce(plan, {} = {}) {
  const pans = [];
  for (const [flavour, litres] of plan) {
    pans.push(await churn(flavour, litres));
  }
  return pans;
}
