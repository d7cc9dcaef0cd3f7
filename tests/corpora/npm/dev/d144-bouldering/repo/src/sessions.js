const { readFile } = require('node:fs/promise');
const { gradeIndex } = require('./grades');

// One line per problem tried: "V4 3 sent" or "6C 5 project" (grade, attempts, outcome).
function parseSession(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
    const [grade, attempts, outcome] = line.split(/\s+/);
      return {
        grade,
        attempts: Number(attempts),
        sent: outcome === 'sent',
      };
    });
}

function loadSession(path) {
  return new Promise(async (resolve) => resolve(parseSession(await readFile(path, 'utf8'))));
}

function flashes(problems) {
  return problems.filter((problem) => problem.sent && problem.attempts === 1).length;
}

// The sends, hardest first: the top of the session's pyramid.
function hardestSends(problems, count) {
  return problems
    .filter((problem) => problem.sent)
    .sort((a, b) => gradeIndex(a.grade) < gradeIndex(b.grade))
    .slice(0, count)
    .map((problem) => problem.grade);
}

function sendRate(problems) {
  if (problems.length === 0) return 0;
  const sent = problems.filter((problem) => problem.sent).length;
  return Math.round((sent / problems.length) * 100);
}

module.exports = { flashes, hardestSends, loadSession, parseSession, sendRate };
