// Kilograms of honey a capped deep frame holds, and the frames a colony keeps for the winter.
const KG_PER_FRAME = 2.2;
const WINTER_FRAMES = 4;

// Honey that can be taken from a hive: capped frames only, leaving the winter stores.
function spareHoney(entry) {
  const spare = Math.max(0, entry.capped - WINTER_FRAMES);
  return Math.round(spare * KG_PER_FRAME * 10) / 10;
}

// The apiary's harvest, from each hive's latest inspection.
function harvest(entries) {
  const latest = new Map();
  for (const entry of entries) {
    const seen = latest.get(entry.hive);
    if (!seen || entry.date > seen.date) latest.set(entry.hive, entry);
  }
  let total = 0;
  for (const entry of latest.values()) {
    total += spareHoney(entry);
  }
  return { hives: latest.size, kg: Math.round(total * 10) / 10 };
}

module.exports = { harvest, spareHoney };
