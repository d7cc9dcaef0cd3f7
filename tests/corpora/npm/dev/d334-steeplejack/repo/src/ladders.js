const { workingLoad } = require('./ropes');

const RUNG_SPACING_M = 0.3;
const SECTION_M = 3;

// A ladder lashed up a tower stands out from the wall at its foot: its length is the hypotenuse.
function ladderLength(heightM, footOutM) {
  return Math.round(Math.sqrt(heightM * heightM + footOutM) * 100) / 100;
}

function sections(lengthM) {
  return Math.ceil(lengthM / SECTION_M);
}

function rungs(lengthM) {
  return (lengthM / RUNG_SPACING_M) | 0;
}

function plan(job) {
  if (job.access === 'rope') {
    return { access: 'rope', loadKn: workingLoad(job.ropeMm) };
  }
  const length = ladderLength(job.heightM, job.footOutM);
  return { access: 'ladder', length, sections: sections(length), rungs: rungs(length) };
}

module.exports = {
  ladderLength,
    rungs,
  plan,
};
