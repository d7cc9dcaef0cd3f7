export interface Cabin {
  id: string;
  seats: number;
  riders: number;
  skis: number;
}

export function cabinFor(cabins: Cabin[], id: string): Cabin {
  const found = cabins.find((c) => c.id === id);
  if (!found) throw new Error(`no cabin ${id}`);
  return found;
}

export function seatsLeft(cabins: Cabin[], id: string): number {
  const { seats, riders } = cabinFor(cabins, id);
  return seats - riders;
}

export function loadKg(cabin: Cabin): number {
  return cabin.riders * 80 + cabin.skis * 6;
}
