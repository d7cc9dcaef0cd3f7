// The ice is resurfaced between public sessions, so sessions start every session + resurface minutes.
export function* sessionStarts(openMinutes, closeMinutes, { session = 60, resurface = 15 } = {}) {
  for (let start = openMinutes; start + session <= closeMinutes; start += session + resurface) {
    yield start;
  }
}

export function hhmm(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// One machine resurfaces the rinks one after the other; each pass reports how many minutes it took.
export async function resurfaceAll(machine, rinks) {
  const log = [];
  for (const rink of rinks) {
    const minutes = await machine.resurface(rink);
    log.push(`${rink}: ${minutes} min`);
  }
  return log;
}
