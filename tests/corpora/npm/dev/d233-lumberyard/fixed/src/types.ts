export interface Board {
  species: string;
  lengthM: number;
  widthMm: number;
  thicknessMm: number;
}
