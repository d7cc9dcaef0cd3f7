// A charge goes about 1.5 Wh a sheep.
const WH_PER_SHEEP = 1.5;

export class Handpiece {
  constructor(
    readonly maker: string,
    readonly combTeeth: number,
  ) {}

  describe(): string {
    return `${this.maker}, ${this.combTeeth}-tooth comb`;
  }
}

// A battery handpiece, for the pens out of reach of the shed's power.
export class CordlessHandpiece extends Handpiece {
  readonly batteryWh: number;

  constructor(maker: string, combTeeth: number, batteryWh: number) {
    super(maker, combTeeth);
    this.batteryWh = batteryWh;
  }

  sheepPerCharge(): number {
    return Math.floor(this.batteryWh / WH_PER_SHEEP);
  }
}
