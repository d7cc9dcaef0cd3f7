const { formatTime, parseTime } = require('./clock');

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Each day's setpoints sorted by time; a day the week leaves out follows the week's 'default'.
function compile(week) {
  return DAYS.map((day) => {
    const points = week[day] ?? week.default;
    return points.map(([time, temp]) => ({ at: parseTime(time), temp })).sort((a, b) => a.at - b.at);
  });
}

// The program a new thermostat starts with: warm mornings and evenings, set back at night and while out.
const FACTORY = compile({ default: [['06:30', 20], ['08:30', 16], ['17:00', 21], ['22:30', 16]] });

// The setpoint in force on a day (0 = Sunday) at a minute; before the day's first change, the day
// before's last setpoint still holds.
function targetAt(program, day, minute) {
  let current = null;
  for (const point of program[day]) if (point.at <= minute) current = point;
  if (current) return current.temp;
  const before = program[(day + 6) % 7];
  return before[before.length - 1].temp;
}

function nextChange(program, day, minute) {
  for (let ahead = 0; ahead < 8; ahead++) {
    const d = (day + ahead) % 7;
    const point = program[d].find((p) => ahead > 0 || p.at > minute);
    if (point) return `${DAYS[d]} ${formatTime(point.at)} -> ${point.temp}`;
  }
  return null;
}

module.exports = { DAYS, FACTORY, compile, nextChange, targetAt };
