const LB = 0.45359237;
// '2026-03-02 back-squat 3x5 @ 100kg': date, exercise (words joined by '-' or '_'), sets x reps, weight.
const LINE = /^(\d{4}-\d{2}-\d{2})\s+([a-z]+(?:[-_][a-z]+)*)\s+(\d+)x(\d+)\s*@\s*(\d+(?:\.\d+)?)\s*(kg|lb)$/i;

// Pounds become kilograms, to the nearest half kilo (the smallest plates).
function toKg(weight, unit) {
  return unit.toLowerCase() === 'lb' ? Math.round(weight * LB * 2) / 2 : weight;
}

function parseLog(text) {
  const entries = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = LINE.exec(line);
    if (!match) throw new Error(`cannot read line ${index + 1}: ${line}`);
    const [, date, exercise, sets, reps, weight, unit] = match;
    entries.push({
      date,
      exercise: exercise.toLowerCase(),
      sets: Number(sets),
      reps: Number(reps),
      kg: toKg(Number(weight), unit),
    });
  });
  return entries;
}

module.exports = { parseLog, toKg };
