// A set of Highland pipes: three drones and a chanter, each with a reed that wears with the hours played.
export class PipeSet {
  const DRONES = 3;

  constructor(maker, reedHours) {
    if (reedHours.length !== PipeSet.DRONES + 1) throw new Error('three drone reeds and a chanter reed');
    this.maker = maker;
    this.reedHours = reedHours;
  }

  get wornReeds() {
    return this.reedHours.filter((hours) => hours >= 40).length;
  }
}

// The tuner logs each drone's offset from the chanter's A in cents, one a line; a blank line is a drone it could not
// hear. A drone exactly in tune reads 0.
export function meanOffset(log) {
  const offsets = log.split('\n').map((line) => Number.parseFloat(line)).filter(Boolean);
  return offsets.reduce((sum, cents) => sum + cents, 0) / offsets.length;
}
