export const KJ_PER_KCAL = 4.184;

// Labels give sodium or salt; salt is sodium chloride, 2.5 times the sodium's weight.
export function saltFromSodium(sodium: number): number {
  return sodium * 2.5;
}

export function kilojoules(kcal: number): number {
  return Math.round(kcal * KJ_PER_KCAL);
}
