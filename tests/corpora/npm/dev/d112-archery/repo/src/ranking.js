const { endTotal } = require('./score');

function summary(archer) {
  const arrows = archer.ends.flat();
  const total = archer.ends.reduce((sum, end) => sum + endTotal(end), 0);
  return {
    name: archer.name,
    total,
    tens: arrows.filter((arrow) => arrow === '10' || arrow === 'X').length,
    xs: arrows.filter((arrow) => arrow === 'X').length,
    average: Math.round((total / archer.ends.length) * 100) / 100,
  };
}

// Ties on the total go to more tens, then to more Xs.
function rank(archers) {
  return archers.map(summary).sort((a, b) => b.total - a.total || b.tens - a.tens || b.xs - a.xs);
}

// One line per end: the arrows, the end's total and the running total, in columns.
function scoreSheet(archer) {
  let running = 0;
  return archer.ends.map((end) => {
    running += endTotal(end);
    return `${end.join(' ').padEnd(18)}${endTotal(end).padStart(3)}${String(running).padStart(5)}`;
  });
}

module.exports = { rank, scoreSheet, summary };
