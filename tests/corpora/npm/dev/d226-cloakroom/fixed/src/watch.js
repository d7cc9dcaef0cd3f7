// The attendant's log: one line for every coat that goes on or comes off a hook, and one when the rails are full.
function watch(cloakroom, log) {
  function recordIn(item) {
    log.push(`in ${item.token} ${item.kind}`);
  }
  cloakroom.on('in', recordIn);
  cloakroom.on('out', (item) => log.push(`out ${item.token} ${item.kind}`));
  cloakroom.on('full', (item) => log.push(`full, turned away ${item.kind}`));
  return log;
}

module.exports = { watch };
