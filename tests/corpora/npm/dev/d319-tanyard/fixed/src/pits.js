const STAGES = ['soak', 'lime', 'bate', 'tan'];

class Pit {
  constructor(number) {
    this.number = number;
    this.batches = [];
  }

  get hides() {
    return this.batches.reduce((sum, batch) => sum + batch.hides, 0);
  }
}

function stagesInUse(batches) {
  const stages = [...new Set(batches.map((batch) => batch.stage))];
  return stages.sort((a, b) => STAGES.indexOf(a) - STAGES.indexOf(b));
}

function yieldPercent(rawKg, tannedKg) {
  const lost = rawKg - tannedKg;
  return Math.round((lost / rawKg) * 1000) / 10;
}

function fillPits(batches) {
  const pits = new Map();
  for (const batch of batches) {
    if (!pits.has(batch.pit)) {
      pits.set(batch.pit, new Pit(batch.pit));
    }
    pits.get(batch.pit).batches.push(batch);
  }
  return pits;
}

function pitLoad(batches, number) {
  const pit = fillPits(batches).get(number);
  return pit ? pit.hides : 0;
}

module.exports = { STAGES, stagesInUse, yieldPercent, fillPits, pitLoad };
