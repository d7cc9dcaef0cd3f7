const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { standings, goalDifference, formatTable } = require('../src');

const TEAMS = ['Rovers', 'United', 'City', 'Athletic'];
const RESULTS = [
  { home: 'Rovers', away: 'United', homeGoals: 2, awayGoals: 0 },
  { home: 'City', away: 'Athletic', homeGoals: 1, awayGoals: 1 },
  { home: 'United', away: 'City', homeGoals: 3, awayGoals: 1 },
  { home: 'Athletic', away: 'Rovers', homeGoals: 0, awayGoals: 0 },
  { home: 'Rovers', away: 'City', homeGoals: 1, awayGoals: 2 },
  { home: 'Athletic', away: 'United', homeGoals: 2, awayGoals: 1 },
];

describe('standings', () => {
  it('counts results, goals and points', () => {
    const table = standings(TEAMS, RESULTS);
    const athletic = table.find((r) => r.team === 'Athletic');
    assert.deepEqual(athletic, {
      team: 'Athletic',
      played: 3,
      won: 1,
      drawn: 2,
      lost: 0,
      goalsFor: 3,
      goalsAgainst: 2,
      points: 5,
    });
    assert.equal(goalDifference(athletic), 1);
  });

  it('orders by points, goal difference, goals scored, then name', () => {
    assert.deepEqual(
      standings(TEAMS, RESULTS).map((r) => r.team),
      ['Athletic', 'Rovers', 'City', 'United'],
    );
    const level = [
      { home: 'A', away: 'B', homeGoals: 3, awayGoals: 3 },
      { home: 'C', away: 'D', homeGoals: 1, awayGoals: 1 },
    ];
    assert.deepEqual(
      standings(['D', 'C', 'B', 'A'], level).map((r) => r.team),
      ['A', 'B', 'C', 'D'],
    );
    assert.throws(() => standings(['A'], level), /unknown team in A v B/);
  });

  it('prints the table', () => {
    assert.equal(
      formatTable(standings(TEAMS, RESULTS)),
      [
        ' #  Team       P   W   D   L    GD  Pts',
        ' 1  Athletic   3   1   2   0    +1    5',
        ' 2  Rovers     3   1   1   1    +1    4',
        ' 3  City       3   1   1   1    -1    4',
        ' 4  United     3   1   0   2    -1    3',
      ].join('\n'),
    );
  });
});
