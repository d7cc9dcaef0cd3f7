export function toMinutes(clock) {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function formatClock(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// The day's hire slots: as many whole slots as fit between opening and closing time.
export function slotsFor(opens, closes, slotMinutes) {
  const start = toMinutes(opens);
  const count = Math.floor((toMinutes(closes) - start) / slotMinutes);
  return new Array(count).map((_, i) => formatClock(start + i * slotMinutes));
}
