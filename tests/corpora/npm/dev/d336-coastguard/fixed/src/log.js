const { stationOf } = require('./stations');

// A radio log line: call sign, time, event, e.g. "07 0615 launch".
function parseLine(line) {
  const [station, time, event] = line.trim().split(/\s+/);
  return { station, time, event };
}

function tally(lines) {
  const counts = new Map();
  for (const line of lines) {
    const { event } = parseLine(line);
    if (!counts.has(event)) counts.set(event, 0);
    counts.set(event, counts.get(event) + 1);
  }
  return Object.fromEntries(counts);
}

function launches(lines) {
  return lines
    .map(parseLine)
    .filter((entry) => entry.event === 'launch')
    .map((entry) => `${entry.time} ${stationOf(entry.station).name}`);
}

module.exports = { parseLine, tally, launches };
