const { supplies } = require('./supplies');

// The old ledger stamps each exemplar with the Unix time, in seconds, of its last copy.
function copiedOn(exemplar) {
  return new Date(exemplar.copiedAt * 1000).toISOString().slice(0, 10);
}

function plan(desk, exemplar) {
  return {
    title: exemplar.title,
    shares: desk.share(exemplar.leaves),
    lastCopied: copiedOn(exemplar),
    ...supplies(exemplar.leaves),
  };
}

module.exports = { plan, copiedOn };
