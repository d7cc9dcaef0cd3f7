// Green hops are about four fifths water; the oast dries them down to the remaining fifth.
const DRY_SHARE = 0.2;

export function dryWeight(wetKg) {
  return Math.round(wetKg * DRY_SHARE * 10) / 10;
}

export function pockets(wetKg, pocketKg = 75) {
  return Math.ceil(dryWeight(wetKg) / pocketKg);
}

export function pocketLabel(bine) {
  const { variety } = bine;
  return `${variety.toUpperCase()} ${bine.year}`;
}
