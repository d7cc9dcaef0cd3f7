// Four-hour watches from midnight; the last one of the day ends at midnight again.
const WATCHES = [
  { name: 'middle', crew: ['Ames', 'Bryce'] },
  { name: 'morning', crew: ['Carne', 'Doble'] },
  { name: 'forenoon', crew: ['Ames', 'Carne'] },
  { name: 'afternoon', crew: ['Bryce', 'Doble'] },
  { name: 'dog', crew: ['Ames', 'Doble'] },
  { name: 'first', crew: ['Bryce', 'Carne'] },
];

function watchAt(hour) {
  return WATCHES[Math.floor(hour / 4)];
}

function lastWatch() {
  const watch = WATCHES[WATCHES.length - 1];
  return `${watch.name}: ${watch.crew.join(' and ')}`;
}

module.exports = { WATCHES, watchAt, lastWatch };
