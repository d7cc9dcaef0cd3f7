// A descent of a canyon is a list of abseils, each given by its height in metres.
export class Descent {
  readonly abseilsM: number[];

  constructor(
    readonly canyon: string,
    abseilsM: number[],
  ) {
    this.abseilsM = abseilsM;
  }

  // The guidebook's topo writes the abseils as '12/30/8'.
  constructor(canyon: string, topo: string) {
    return new Descent(canyon, topo.split('/').map(Number));
  }

  get longestM(): number {
    return Math.max(0, ...this.abseilsM);
  }

  // The rope is pulled down doubled, so it must be twice the longest abseil, with 2 m to spare.
  get ropeM(): number {
    return this.longestM * 2 + 2;
  }
}

export function kitList(descent: Descent, people: number): string {
  const plan = { ...descent, people };
  return `${plan.canyon}: ${plan.people} harnesses, ${plan.ropeM} m of rope`;
}
