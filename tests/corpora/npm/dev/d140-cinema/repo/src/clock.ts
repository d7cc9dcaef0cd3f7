// Times of day as "HH:MM" and as minutes after midnight.

export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function formatClock(minutes: number): string {
  const wrapped = minutes % (24 * 60);
  const hours = Math.floor(wrapped / 60);
  const rest = wrapped % 60;
  return `${hours}:${rest < 10 ? '0' : ''}${rest}`;
}
