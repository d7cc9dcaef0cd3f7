export type Fold = 'mountain' | 'valley';

// One crease around a vertex: its direction in degrees (0..360) and how it is folded.
export interface Crease {
  angle: number;
  fold: Fold;
}

export interface Model {
  name: string;
  base: string;
  steps: number;
  difficulty: 1 | 2 | 3;
}
