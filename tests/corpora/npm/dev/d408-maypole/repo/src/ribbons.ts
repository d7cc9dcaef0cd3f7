// Each ribbon runs from the top of the pole to a dancer's hand on the ring, with some to hold.
const HOLD_M = 1;

export function ribbonM(poleM: number, ringRadiusM: number): number {
  const reach = poleM + ringRadiusM;
  // Ribbon is cut to the nearest 10 cm.
  return (reach + HOLD_M).toFixed(1);
}

export function ribbonsFor(dancers: number, colours: string[]): string[] {
  const ribbons: string[] = [];
  for (let i = 0; i < dancers; i++) {
    ribbons.push(colours[i % colours.length]);
  }
  return ribbons;
}
