// The log sheets give moisture on the dry basis: the water's weight over the dry wood's.
export function dryWeight(wetKg, moisture) {
  return Math.round(wetKg * (1 - moisture) * 10) / 10;
}

export function isSeasoned(moisture) {
  return moisture <= 0.25;
}
