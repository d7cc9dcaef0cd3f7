// Stone grades are symbols, so that a grade can only come from this table.
export const Grade = {
  Dimension: Symbol('dimension'),
  Aggregate: Symbol('aggregate'),
  Rubble: Symbol('rubble'),
} as const;

export type StoneGrade = (typeof Grade)[keyof typeof Grade];

export interface Load {
  tonnes: number;
  grade: StoneGrade;
}

// Only whole blocks of two tonnes or more can be sawn into dimension stone.
export function gradeOf(blockTonnes: number, cracked: boolean): StoneGrade {
  if (!cracked && blockTonnes >= 2) return Grade.Dimension;
  return blockTonnes >= 0.5 ? Grade.Aggregate : Grade.Rubble;
}

export function describeLoad(load: Load): string {
  return `${load.tonnes} t of ${load.grade} stone`;
}
