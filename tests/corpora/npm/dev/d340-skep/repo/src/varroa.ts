export function mitesPerHundred(mites: number, sampleBees: number): number {
  return Math.round((mites / sampleBees / 100) * 10) / 10;
}

export function needsTreatment(mites: number, sampleBees: number): boolean {
  return mitesPerHundred(mites, sampleBees) >= 3;
}
