const { scared } = require('./birds');

// A survey line is 'kind:count', e.g. 'crow:12'; a count nobody took is written 'crow:?'.
function parseSurvey(lines) {
  return lines.map((line) => {
    const [kind, count] = line.split(':');
    return { kind, count: count === '?' ? NaN : Number(count) };
  });
}

async function survey(lines, posture) {
  const sightings = parseSurvey(lines);
  return { sightings, scared: sightings.map((s) => scared(s.kind, s.count, posture)) };
}

// The index of the first line whose count is missing, or -1 when every count was taken.
function firstGap(sightings) {
  return sightings.map((s) => s.count).indexOf(NaN);
}

function report(lines, posture) {
  const { sightings, scared: off } = survey(lines, posture);
  const counted = off.filter((n) => !Number.isNaN(n));
  return {
    scaredOff: counted.reduce((sum, n) => sum + n, 0),
    firstGap: firstGap(sightings),
  };
}

module.exports = { report, survey };
