export abstract class Gate {
  constructor(readonly widthM: number) {}

  abstract openingSeconds(): number;
}

// Mitre gates are swung by a balance beam; wider gates are slower to push.
export class MitreGate extends Gate {
  openingSeconds(): number {
    return Math.round(20 + this.widthM * 6);
  }
}

// A guillotine gate is wound up vertically at the same speed whatever its width.
export class GuillotineGate extends Gate {
  openingSeconds(): number {
    return 75;
  }
}

export function gatesFor(widthM: number, guillotineBottom: boolean): { top: Gate; bottom: Gate } {
  const top = new MitreGate(widthM);
  const bottom = guillotineBottom ? new GuillotineGate(widthM) : new MitreGate(widthM);
  return { top, bottom };
}
