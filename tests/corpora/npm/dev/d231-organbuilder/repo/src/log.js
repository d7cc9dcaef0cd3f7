// The workshop log writes dates the British way, day first: 04/03/2025 is 4 March 2025.
const DAY_MS = 24 * 60 * 60 * 1000;

export function parseLogDate(text) {
  return new Date(text);
}

export function daysSince(text, today) {
  return Math.round((Date.parse(today) - parseLogDate(text).getTime()) / DAY_MS);
}
