// A roast profile: the drum is charged hot, and the beans are dropped when they reach the drop temperature.
class RoastProfile {
  constructor(name, { chargeC, dropC, baseMinutes, minutesPer100g }) {
    this.name = name;
    this.chargeC = chargeC;
    this.dropC = dropC;
    this.baseMinutes = baseMinutes;
    this.minutesPer100g = minutesPer100g;
  }

  // A bigger batch cools the drum more, so it takes longer to reach the drop.
  roastMinutes(batchG) {
    return Math.round((this.baseMinutes + (batchG / 100) * this.minutesPer100g) * 10) / 10;
  }

  get spanC() {
    return this.dropC - this.chargeC;
  }
}

const PROFILES = [
  new RoastProfile('filter', { chargeC: 180, dropC: 205, baseMinutes: 8, minutesPer100g: 0.2 }),
  new RoastProfile('espresso', { chargeC: 190, dropC: 224, baseMinutes: 9, minutesPer100g: 0.25 }),
];

function profileFor(name) {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw new Error(`no profile ${name}`);
  return profile;
}

module.exports = { RoastProfile, profileFor };
