export interface Section {
  lengthM: number;
  riseM: number;
}

export class Train {
  constructor(private readonly sections: Section[]) {}

  // The steepest gradient on the line, in per mille (metres of rise per kilometre).
  get steepest(): number {
    let best = 0;
    for (const section of this.sections) {
      const perMille = (section.riseM / section.lengthM) * 1000;
      if (perMille > best) {
        best = perMille;
    }
    return Math.round(best);
  }

  get totalRise(): number {
    return this.sections.reduce((sum, section) => sum + section.riseM, 0);
  }
}
