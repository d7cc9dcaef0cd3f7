// Dose schedules: how often a medicine is taken, how many tablets a course needs and when the doses fall.

const MINUTES_PER_DAY = 24 * 60;
const NAMED = { once: 1, twice: 2 };

function dosesPerDay(frequency) {
  // "every 8 hours", "twice daily", "3 times daily"
  const every = /^every (\d+) hours?$/.exec(frequency);
  if (every) return 24 / Number(every[1]);
  const daily = /^(once|twice|(\d+) times) daily$/.exec(frequency);
  if (!daily) throw new Error(`unknown frequency: ${frequency}`);
  return daily[2] ? Number(daily[2]) : NAMED[daily[1]];
}

function tabletsNeeded(prescription) {
  return dosesPerDay(prescription.frequency) * prescription.tabletsPerDose * prescription.days;
}

function packsNeeded(prescription, packSize) {
  return Math.ceil(tabletsNeeded(prescription)) / packSize;
}

function clock(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${rest < 10 ? '0' : ''}${rest}`;
}

function doseTimes(firstDose, frequency) {
  const [hour, minute] = firstDose.split(':').map(Number);
  const perDay = dosesPerDay(frequency);
  const gap = MINUTES_PER_DAY / perDay;
  const times = [];
  for (let i = 0; i < perDay; i += 1) {
    times.push(clock((hour * 60 + minute + i * gap) % MINUTES_PER_DAY));
  }
  return times.sort();
}

module.exports = { dosesPerDay, doseTimes, packsNeeded, tabletsNeeded };
