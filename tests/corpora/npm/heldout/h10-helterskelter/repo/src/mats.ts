export const MAT_SIZES = ['child', 'adult'] as const;
export type MatSize = (typeof MAT_SIZES)[number];

export function isMatSize(size: string): size is MatSize {
  return MAT_SIZES.includes(size);
}
