const { parseClock } = require('./clock');

// Worked minutes of one shift; a shift that ends before it starts runs past midnight.
function shiftMinutes(shift) {
  const start = parseClock(shift.start);
  let end = parseClock(shift.end);
  if (end <= start) {
    end += 24 * 60;
  }
  const breaks = (shift.breaks || []).reduce((sum, minutes) => sum + minutes, 0);
  return end - start - breaks;
}

// One line of a timesheet: "2026-03-02 08:30-17:00 30,15" (date, span, unpaid breaks in minutes).
function readShift(line) {
  const [date, span, breaks] = line.trim().split(/\s+/);
  const [start, end] = span.split('-');
  parseClock(start);
  parseClock(end);
  return { date, start, end, breaks: breaks ? breaks.split(',').map(Number) : [] };
}

function readSheet(text) {
  const shifts = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) {
      continue;
    }
    try {
      shifts.push(readShift(line));
    } catch (err) {
      throw new SyntaxError(`not a timesheet line: '${line.trim()}'`);
    }
  }
  return shifts;
}

module.exports = { shiftMinutes, readShift, readSheet };
