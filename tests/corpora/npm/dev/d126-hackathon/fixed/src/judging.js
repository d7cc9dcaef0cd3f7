'use strict';

const { median } = require('./stats');
const { slug } = require('./teams');

// Every judge scores every team (remotely, so each mark is a promise); a judge who abstains rejects.
// A team's score is the median of the marks it got, so one harsh or generous judge moves it little.
async function scoreTeam(team, judges) {
  const key = slug(team.name);
  const settled = await Promise.allSettled(judges.map((judge) => judge(team)));
  const marks = settled.filter((result) => result.status === 'fulfilled').map((result) => result.value);
  return { team: key, marks: marks.length, score: median(marks) };
}

async function leaderboard(teams, judges) {
  const results = await Promise.all(teams.map((team) => scoreTeam(team, judges)));
  return results.sort((a, b) => b.score - a.score || a.team.localeCompare(b.team));
}

module.exports = { scoreTeam, leaderboard };
