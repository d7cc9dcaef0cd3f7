const { goalDifference } = require('./standings');

function signed(n) {
  return n > 0 ? `+${n}` : String(n);
}

// A fixed-width table: position, team, played, won, drawn, lost, goal difference, points.
function formatTable(rows) {
  const width = Math.max(4, ...rows.map((r) => r.team.length));
  const header = `${'#'.padStart(2)}  ${'Team'.padEnd(width)}   P   W   D   L    GD  Pts`;
  const lines = rows.map((r, i) =>
    [
      String(i + 1).padStart(2),
      ` ${r.team.padEnd(width)}`,
      ...[r.played, r.won, r.drawn, r.lost].map((n) => String(n).padStart(3)),
      signed(goalDifference(r)).padStart(5),
      String(r.points).padStart(4),
    ].join(' '),
  );
  return [header, ...lines].join('\n');
}

module.exports = { formatTable };
