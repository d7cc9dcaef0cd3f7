export interface Catch {
  species: string;
  grams: number;
  licence: string;
}

export interface HutLine {
  hut: string;
  catches: number;
  heaviest: string | null;
}
