// A peat bank: how deep it is cut, and how many turves a metre of its face gives.
export interface Bank {
  name: string;
  turvesPerMetre(): number;
  cut(metres: number): number;
}

export class HillBank implements Bank {
  constructor(
    readonly name: string,
    readonly depthCm: number,
  ) {}

  // one turf for every 10 cm of depth, four turves across a metre of face
  turvesPerMetre(): number {
    // @ts-expect-error the old survey gave the depth as text
    return Math.floor(this.depthCm / 10) * 4;
  }

  cut(metres: number): number {
    return Math.round(metres * this.turvesPerMetre());
  }
}
