import type { Grade } from './types';

// Price per board foot, in cents, as a share of the select price.
export const SELECT_CENTS = 400;

export function gradeFactor(grade: Grade): number {
  switch (grade) {
    case 'select':
      return 1;
    case 'common':
      return 0.6;
    case 'utility':
      return 0.3;
    case 'cull':
      return 0;
  }
}

// A board's grade from the share of its face that is clear of knots and splits.
export function gradeOf(clearShare: number): Grade {
  if (clearShare >= 0.9) return 'select';
  if (clearShare >= 0.66) return 'common';
  if (clearShare >= 0.33) return 'utility';
  return 'cull';
}
