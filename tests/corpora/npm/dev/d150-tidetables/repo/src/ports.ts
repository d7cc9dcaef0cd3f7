// Secondary ports take their times from a standard port, shifted by a fixed number of minutes.
export class PortOffsets {
  private readonly offsets = new Map<string, number>();

  add(port: string, minutes: number): this {
    this.offsets.set(port.toLowerCase(), minutes);
    return this;
  }

  offsetFor(port: string): number {
    const offset: number = this.offsets.get(port.toLowerCase());
    if (offset === undefined) {
      throw new Error(`no tidal offset for ${port}`);
    }
    return offset;
  }
}
