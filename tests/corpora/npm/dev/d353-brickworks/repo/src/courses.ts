export const JOINT_MM = 10;

export interface Brick {
  lengthMm: number;
  heightMm: number;
}

export const STANDARD: Brick = { lengthMm: 215, heightMm: 65 };

// Bricks in one course: every brick takes its own length and one mortar joint.
export function bricksPerCourse(wallMm: number, brick: Brick = STANDARD): number {
  return Math.ceil(wallMm / brick.lengthMm);
}

export default function coursesFor(heightMm: number, brick: Brick = STANDARD): number {
  return Math.ceil(heightMm / (brick.heightMm + JOINT_MM));
}
