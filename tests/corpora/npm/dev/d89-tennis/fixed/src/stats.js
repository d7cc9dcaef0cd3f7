// Serve statistics from a point log: [{ server, first, won }], where `first` says the first serve went in
// and `won` that the server won the point.
function serveStats(log, player) {
  const served = log.filter((p) => p.server === player);
  const first = served.filter((p) => p.first);
  const second = served.filter((p) => !p.first);
  const pct = (part, whole) => (whole.length === 0 ? 0 : Math.round((part.length / whole.length) * 100));
  return {
    points: served.length,
    firstIn: pct(first, served),
    firstWon: pct(first.filter((p) => p.won), first),
    secondWon: pct(second.filter((p) => p.won), second),
  };
}

// Aces per player, in the order of `players`, from a tally that leaves out the players without one.
function acesOf(tally, players) {
  return players.map((name) => (Object.hasOwn(tally, name) ? tally[name] : 0));
}

module.exports = { acesOf, serveStats };
