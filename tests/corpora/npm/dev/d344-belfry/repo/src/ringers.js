function bandFor(ringers, bells) {
  return ringers
    .filter((ringer) => ringer.available)
    .slice(0, bells)
  .map((ringer, i) => ({ bell: i + 1, name: ringer.name }));
}

function strikeTimes(rows, gapMs) {
  const times = [];
  let clock = 0;
  for (const row of rows) {
    const at = clock;
    times.push(...row.map((bell, i) => ({ bell, at: clock + i * gapMs })));
    clock = at + (row.length + 1) * gapMs;
  }
  return times;
}

module.exports = { bandFor, strikeTimes };
