// The scribes at the desk, each with the number of leaves a day they copy.
class Desk {
  constructor() {
    this.scribes = new Map();
  }

  seat(name, leavesPerDay) {
    this.scribes.set(name, leavesPerDay);
  }

  // A manuscript is shared out in equal parts; each scribe's days follow from his own pace.
  share(leaves) {
    const count = this.scribes.size();
    if (count === 0) throw new Error('no scribes at the desk');
    const each = Math.ceil(leaves / count);
    return [...this.scribes].map(([name, perDay]) => ({ name, leaves: each, days: Math.ceil(each / perDay) }));
  }
}

module.exports = { Desk };
