export type Material = 'smalti' | 'glass' | 'ceramic';

export interface Pack {
  tilesPerSheet: number;
  tileMm: number;
  pencePerSheet: number;
}
