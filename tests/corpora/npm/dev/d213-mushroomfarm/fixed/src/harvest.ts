import type { Batch, Farm, Room } from './types';

const DAY_MS = 86_400_000;

export function daysGrowing(batch: Batch, on: Date): number {
  return Math.floor((on.getTime() - batch.spawned.getTime()) / DAY_MS);
}

// A batch is ready once it has grown its strain's days, in a room humid enough for the strain.
export function readyToPick(farm: Farm, batches: Batch[], on: Date): string[] {
  const { rooms, strains } = farm;
  return batches
    .filter((batch) => {
      const strain = strains[batch.strain];
      const room = rooms.find((r) => r.number === batch.room);
      if (!strain || !room) return false;
      return daysGrowing(batch, on) >= strain.fruitingDays && room.humidity >= strain.minHumidity;
    })
    .map((batch) => batch.code);
}

// The driest and the most humid room, for the morning climate check.
export function humidityRange(rooms: Room[]): [number, number] {
  const levels = rooms.map((room) => room.humidity);
  const range: [number, number] = [Math.min(...levels), Math.max(...levels)];
  return range;
}
