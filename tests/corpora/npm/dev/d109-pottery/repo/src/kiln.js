const ROOM_C = 20;

// Pyrometric cones and the temperature (°C) at which each one bends at a 150 °C/h finish.
const CONES = [
  ['022', 586],
  ['018', 717],
  ['010', 894],
  ['06', 999],
  ['04', 1060],
  ['6', 1222],
  ['10', 1285],
];

// "150/h to 600 hold 10": ramp at 150 °C an hour to 600 °C, then soak there for 10 minutes.
function parseSchedule(text) {
  const segments = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(\d+)\/h to (\d+)(?: hold (\d+))?$/.exec(line);
    if (!match) throw new Error(`bad segment: ${line}`);
    segments.push({ rate: Number(match[1]), target: Number(match[2]), hold: Number(match[3] || 0) });
  }
  return segments;
}

function segmentMinutes(from, segment) {
  return (Math.abs(segment.target - from) / segment.rate) * 60 + segment.hold;
}

function firingMinutes(segments) {
  let temperature = ROOM_C;
  let minutes = 0;
  for (const segment of segments) {
    minutes += segmentMinutes(ROOM_C, segment);
    temperature = segment.target;
  }
  return Math.round(minutes);
}

// The hottest cone the schedule's peak bends.
function coneFor(segments) {
  const peak = Math.max(...segments.map((segment) => segment.target));
  let reached = null;
  for (const [cone, bends] of CONES) {
    if (peak >= bends) reached = cone;
  }
  return reached;
}

// Pence for one firing: the elements are on about two thirds of the time over a whole firing.
function firingCost(segments, kilowatts, pencePerKwh) {
  const hours = firingMinutes(segments) / 60;
  return Math.round(hours * kilowatts * (2 / 3) * pencePerKwh);
}

module.exports = { coneFor, firingCost, firingMinutes, parseSchedule, segmentMinutes };
