import { coursesFor, bricksPerCourse, STANDARD, type Brick } from './courses';

// A gable wall is measured at several points along its length; it is laid to its tallest one.
export interface Wall {
  name: string;
  lengthMm: number;
  heightsMm: number[];
}

export function bricksFor(wall: Wall, brick: Brick = STANDARD): number {
  const tallest = Math.max(...wall.heightsMm);
  return bricksPerCourse(wall.lengthMm, brick) * coursesFor(tallest, brick);
}

// A job's walls, each laid to its own height.
export function bricksForAll(walls: Wall[], brick: Brick = STANDARD): number {
  const total = 0;
  for (const wall of walls) {
    total += bricksFor(wall, brick);
  }
  return total;
}

export function palletsFor(bricks: number, perPallet = 500, wastePct = 5): number {
  return Math.ceil((bricks * (1 + wastePct / 100)) / perPallet);
}
