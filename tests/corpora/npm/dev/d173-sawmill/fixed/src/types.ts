export type Grade = 'select' | 'common' | 'utility' | 'cull';

export interface Log {
  species: string;
  smallEndIn: number;
  lengthFt: number;
}

export interface Board {
  species: string;
  widthIn: number;
  thicknessIn: number;
  lengthFt: number;
  grade: Grade;
}
