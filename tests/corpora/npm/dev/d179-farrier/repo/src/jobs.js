const PRICES = { trim: 35, front: 70, full: 110, remedial: 150 };
const FREE_MILES = 10;
const PER_MILE = 0.5;

// "full Silver Birch": the kind of job, then the horse's name, which may have spaces in it.
function parseJob(line) {
  const text = line.trim().replace(/\s+/g, ' ');
  const kind = text.split(' ')[0].toLowerCase();
  if (!(kind in PRICES)) throw new Error(`unknown job: ${kind}`);
  const name = text.split(' ', 2)[1];
  if (!name) throw new Error('a job needs a horse');
  return { kind, name };
}

function priceOf(kind, { travelMiles = 0 } = {}) {
  const travel = Math.max(0, travelMiles - FREE_MILES) * PER_MILE;
  return PRICES[kind] + travel;
}

// How many feet carry shoes once the job is done: a trim takes them off, remedial work keeps what was there.
function shodFeetAfter(kind, before) {
  switch (kind) {
    case 'trim':
      return 0;
    case 'front':
      return 2;
    case 'full':
      return 4;
    default:
      return before;
  }
}

module.exports = { PRICES, parseJob, priceOf, shodFeetAfter };
