const POINTS = { win: 3, draw: 1, loss: 0 };

function row(team) {
  return { team, played: 0, won: 0, drawn: 0, lost: 0, goalsFor: 0, goalsAgainst: 0, points: 0 };
}

function goalDifference(entry) {
  return entry.goalsFor - entry.goalsAgainst;
}

function record(entry, scored, conceded) {
  entry.played += 1;
  entry.goalsFor += scored;
  entry.goalsAgainst += conceded;
  const outcome = scored > conceded ? 'win' : scored === conceded ? 'draw' : 'loss';
  entry[{ win: 'won', draw: 'drawn', loss: 'lost' }[outcome]] += 1;
  entry.points += POINTS[outcome];
}

// The league table: points, then goal difference, then goals scored, then the name.
function standings(teams, results) {
  const table = new Map(teams.map((team) => [team, row(team)]));
  for (const { home, away, homeGoals, awayGoals } of results) {
    if (!table.has(home) || !table.has(away)) {
      throw new Error(`unknown team in ${home} v ${away}`);
    }
    record(table.get(home), homeGoals, awayGoals);
    record(table.get(away), awayGoals, homeGoals);
  }
  return [...table.values()].sort(
    (a, b) =>
      b.points - a.points ||
      goalDifference(b) - goalDifference(a) ||
      b.goalsFor - a.goalsFor ||
      a.team.localeCompare(b.team),
  );
}

module.exports = { POINTS, goalDifference, standings };
