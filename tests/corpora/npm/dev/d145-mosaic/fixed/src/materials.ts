import type { Material, Pack } from './types';

const PACKS: Record<Material, Pack> = {
  smalti: { tilesPerSheet: 225, tileMm: 15, pencePerSheet: 1290 },
  glass: { tilesPerSheet: 144, tileMm: 20, pencePerSheet: 640 },
  ceramic: { tilesPerSheet: 100, tileMm: 25, pencePerSheet: 480 },
};

// Tiles along one side: each tile takes its width plus one grout line, less the grout after the last.
export function tilesAlong(lengthMm: number, material: Material, groutMm: number): number {
  const { tileMm } = PACKS[material];
  return Math.floor((lengthMm + groutMm) / (tileMm + groutMm));
}

export function sheetsFor(tiles: number, material: Material): { sheets: number; pence: number } {
  const pack = PACKS[material];
  const sheets = Math.ceil(tiles / pack.tilesPerSheet);
  return { sheets, pence: sheets * pack.pencePerSheet };
}

// The materials whose tiles are no wider than the design's finest detail, smallest tiles first.
export function fitting(maxTileMm: number): Material[] {
  return (Object.keys(PACKS) as Material[])
    .filter((material: Material) => PACKS[material].tileMm <= maxTileMm)
    .sort((a, b) => PACKS[a].tileMm - PACKS[b].tileMm);
}

// The colours offered: the studio's base set, and any the customer brings.
export function palette(base: string[], extra?: string[]): string[] {
  return [...new Set([...base, ...(extra ?? [])])].sort();
}
