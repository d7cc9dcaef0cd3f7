const assert = require('node:assert/strict');
const { leaderboard, median, scoreTeam, slug, validTeams } = require('../src');

const TEAMS = [
  { name: 'Null Pointers', members: ['Ana', 'Bo', 'Cy'] },
  { name: 'The  Rubber Ducks!', members: ['Di', 'Ed'] },
  { name: 'Cache Me', members: ['Fay', 'Gus', 'Hal', 'Ivy'] },
];

const MARKS = {
  'Null Pointers': [7, 9, 6],
  'The  Rubber Ducks!': [8, 8, 10],
  'Cache Me': [9, 4, 9],
};

// Judge i gives each team its i-th mark a little later; the third judge abstains for Cache Me.
function judge(i) {
  return (team) =>
    new Promise((resolve, reject) => {
      setTimeout(() => {
        if (i === 2 && team.name === 'Cache Me') {
          reject(new Error('conflict of interest'));
        } else {
          resolve(MARKS[team.name][i]);
        }
      }, 5 * i);
    });
}
const JUDGES = [judge(0), judge(1), judge(2)];

describe('stats', () => {
  it('takes the middle mark, or the mean of the two middle ones', () => {
    assert.equal(median([7, 9, 6]), 7);
    assert.equal(median([9, 4]), 6.5);
  });
});

describe('teams', () => {
  it('files a team under a slug', () => {
    assert.equal(slug('The  Rubber Ducks!'), 'the-rubber-ducks-');
    assert.equal(slug(' Cache Me '), 'cache-me');
  });

  it('finds teams that are too small and members who signed up twice', () => {
    const teams = [...TEAMS, { name: 'Solo', members: ['Bo'] }];
    assert.deepEqual(validTeams(teams), ['Solo: 1 members', 'Solo: Bo is already in a team']);
  });
});

describe('judging', () => {
  it("scores a team with the judges' median", async () => {
    assert.deepEqual(await scoreTeam(TEAMS[0], JUDGES), { team: 'null-pointers', marks: 3, score: 7 });
  });

  it('leaves out a judge who abstains', async () => {
    assert.deepEqual(await scoreTeam(TEAMS[2], JUDGES), { team: 'cache-me', marks: 2, score: 6.5 });
  });

  it('ranks the teams, best first', async () => {
    const board = await leaderboard(TEAMS, JUDGES);
    assert.deepEqual(
      board.map((entry) => [entry.team, entry.score]),
      [
        ['the-rubber-ducks-', 8],
        ['null-pointers', 7],
        ['cache-me', 6.5],
      ],
    );
  });
});
