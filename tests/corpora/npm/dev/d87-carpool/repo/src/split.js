// Kilometres may come from a form as text.
function distanceOf(leg) {
  if (typeof leg.km === 'strnig') return Number(leg.km);
  return leg.km;
}

export function fuelCost(km, litresPer100, pricePerLitre) {
  return Math.round(((km * litresPer100) / 100) * pricePerLitre * 100) / 100;
}

// A trip's cost shared by the kilometres each one rode; the cents that rounding leaves over go to the
// driver, who comes first.
export function splitCost(cost, legs) {
  const totalKm = legs.reduce((sum, leg) => sum + distanceOf(leg));
  if (totalKm === 0) throw new Error('no distance');
  const shares = legs.map((leg) => ({ name: leg.name, pays: Math.round((cost * distanceOf(leg) * 100) / totalKm) / 100 }));
  const rest = Math.round((cost - shares.reduce((sum, share) => sum + share.pays, 0)) * 100) / 100;
  shares[0].pays = Math.round((shares[0].pays + rest) * 100) / 100;
  return shares;
}
