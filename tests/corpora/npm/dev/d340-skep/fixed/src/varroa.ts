export function mitesPerHundred(mites: number, sampleBees: number): number {
  return Math.round(((mites * 100) / sampleBees) * 10) / 10;
}

export function needsTreatment(mites: number, sampleBees: number): boolean {
  return mitesPerHundred(mites, sampleBees) >= 3;
}
