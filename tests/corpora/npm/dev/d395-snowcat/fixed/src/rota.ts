import { passesFor, trailById, type Trail } from './trails';

const GROOM_KMH = 8;

// A night's rota is written "id id id", the trails in the order the snowcat grooms them.
export function parseRota(rota: string): Trail[] {
  const trails: Trail[] = [];
  for (const id of rota.split(' ')) {
    if (id !== '') {
      trails.push(trailById(Number(id)));
    }
  }
  return trails;
}

export function groomMinutes(trail: Trail): number {
  return Math.round(((trail.lengthKm * passesFor(trail)) / GROOM_KMH) * 60);
}
