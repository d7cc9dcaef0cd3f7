export function frameNumbers(label: string): string[] {
  return label.match(/\d+/g) ?? [];
}

export function isBroodFrame(label: string): boolean {
  return label.startsWith('brood');
}
