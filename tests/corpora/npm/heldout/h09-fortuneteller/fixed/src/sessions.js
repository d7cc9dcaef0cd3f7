const MIN_MINUTES = 5;
const MAX_MINUTES = 30;
const PENCE_PER_MINUTE = 50;

// A reading lasts between five minutes and half an hour, whatever is asked.
export function sessionMinutes(asked) {
  return Math.min(Math.max(asked, MIN_MINUTES), MAX_MINUTES);
}

export function sessionPence(asked) {
  return sessionMinutes(asked) * PENCE_PER_MINUTE;
}
