export interface Shower {
  name: string;
  zhr: number;
  radiantDec: number;
}

export const SHOWERS: Shower[] = [
  { name: 'Perseids', zhr: 100, radiantDec: 58 },
  { name: 'Geminids', zhr: 150, radiantDec: 33 },
  { name: 'Quadrantids', zhr: 110, radiantDec: 49 },
];

export function shower(name: string): Shower | undefined {
  return SHOWERS.find((s) => s.name === name);
}

export function expectedRate(s: Shower, latitude: number): number {
  const altitudeDeg = 90 - Math.abs(latitude - s.radiantDec);
  return Math.round(s.zhr * Math.sin((altitudeDeg * Math.PI) / 180));
}
