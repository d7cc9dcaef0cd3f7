// The park's runs, gentlest first.
const RUNS = [
  { name: 'Nursery', lengthM: 120, dropM: 9 },
  { name: 'Fox Hollow', lengthM: 340, dropM: 41 },
  { name: 'Black Ice', lengthM: 410, dropM: 77 },
];

function runByName(name) {
  const run = RUNS.find((candidate) => candidate.name === name);
  if (!run) throw new Error(`no such run: ${name}`);
  return run;
}

// The average gradient of a run, in per cent to one decimal.
function gradient(run) {
  return Math.round((run.dropM / run.lengthM) * 1000) / 10;
}

module.exports = { RUNS, gradient, runByName };
