export interface Crew {
  name: string;
  paddlers: number;
  weightsKg: number[];
}

// Each paddler adds to the raft's speed, and every tonne aboard takes some of it back.
export function paceFor(crew: Crew): number {
  const load = crew.weightsKg.reduce((sum, kg) => sum + kg, 0);
  return Math.round((1 + 0.4 * crew.paddlers - load / 1000) * 100) / 100;
}
