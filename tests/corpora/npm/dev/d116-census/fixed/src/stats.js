const { BANDS, bandOf } = require('./households');
const { round1, sum } = require('./utils');

function ages(households) {
  return households.flatMap((household) => household.people.map((person) => person.age));
}

function medianAge(households) {
  const sorted = ages(households).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function bandCounts(households) {
  const counts = Object.fromEntries(BANDS.map((band) => [band.label, 0]));
  for (const age of ages(households)) counts[bandOf(age)] += 1;
  return counts;
}

// Dependants (under 15 and 65 or over) per hundred people of working age.
function dependencyRatio(households) {
  const all = ages(households);
  const dependants = all.filter((age) => age < 15 || age >= 65).length;
  return round1((dependants / (all.length - dependants)) * 100);
}

function meanHouseholdSize(households) {
  return round1(sum(households.map((household) => household.people.length)) / households.length);
}

module.exports = { bandCounts, dependencyRatio, meanHouseholdSize, medianAge };
