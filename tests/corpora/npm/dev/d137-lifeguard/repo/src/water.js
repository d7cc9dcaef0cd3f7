// Free chlorine from 1 to 3 ppm and a pH from 7.2 to 7.8 keep the water safe to swim in.
export function waterProblems({ chlorinePpm, ph }) {
  const problems = [];
  if (chlorinePpm < 1 || chlorinePpm > 3) problems.push('chlorine');
  if (ph < 7.2 || ph > 7.8) problems.push('pH');
  return problems;
}

export function closures(readings) {
  const closed = [];
  for (const [i, reading] of readings.entries()) {
    const problems = waterProblems(reading);
    if (problems.length > 0) closed.push(`${reading.time} ${problems.join(' and ')}`);
  }
  return closed;
}

export class Pool {
  constructor(lengthM, widthM) {
    this.lengthM = lengthM;
    this.widthM = widthM;
  }

  get areaM2() {
    return this.lengthM * this.widthM;
  }
}

// One guard watches at most 25 bathers, and the pool holds one bather for every 3 m² of water.
export function maxBathers(pool, guardsOnDuty) {
  return Math.min(guardsOnDuty * 25, Math.floor(pool.areaM2() / 3));
}
