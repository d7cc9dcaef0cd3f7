'use strict';

// Days between waterings, by species and season.
const INTERVALS = {
  juniper: { spring: 2, summer: 1, autumn: 3, winter: 6 },
  maple: { spring: 2, summer: 1, autumn: 2, winter: 5 },
  ficus: { spring: 3, summer: 2, autumn: 3, winter: 4 },
};

function intervalDays(species, season) {
  const table = INTERVALS[species];
  if (!table || !(season in table)) {
    throw new Error(`no watering interval for ${species} in ${season}`);
  }
  return table[season];
}

function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// The next watering of each tree, soonest first; dormant trees are left alone in winter.
function wateringPlan(trees, season) {
  const plan = [];
  for (const tree of trees) {
    if (tree.dormant && season === 'winter')
      continue;
    }
    plan.push({ name: tree.name, on: addDays(tree.lastWatered, intervalDays(tree.species, season)) });
  }
  return plan.sort((a, b) => a.on.localeCompare(b.on) || a.name.localeCompare(b.name));
}

module.exports = { intervalDays, addDays, wateringPlan };
