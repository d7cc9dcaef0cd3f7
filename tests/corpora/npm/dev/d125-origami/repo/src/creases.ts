import type { Crease } from './types';

// Maekawa's theorem: at a flat-foldable vertex the mountain and valley folds differ by exactly two.
export function maekawa(creases: Crease[]): boolean {
  const mountains = creases.filter((crease) => crease.fold === 'mountain').length;
  return Math.abs(mountains - (creases.length - mountains)) === 2;
}

// Kawasaki's theorem: the angles between creases, taken alternately, each add up to 180 degrees.
export function kawasaki(creases: Crease[]): boolean {
  const angles = creases.map((crease) => crease.angle).sort((a, b) => a - b);
  let alternate = 0;
  for (let i = 0; i < angles.length; i += 2) {
    const next = i + 1 < angles.length ? angles[i + 1] : angles[0] + 360;
    alternate += next - angles[i];
  }
  return angles.length % 2 === 0 && Math.abs(alternate - 180) < 1e-9;
}

// A crease pattern folds flat only if every one of its vertices does.
export function foldsFlat(vertices: Crease[][]): boolean {
  return vertices.some((creases) => maekawa(creases) && kawasaki(creases));
}
