export function toSeconds(time) {
  const m = /^(\d{1,2}):(\d\d):(\d\d)$/.exec(time);
  if (!m) throw new Error(`not a time: ${time}`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

// Race times as the results board shows them: 'm:ss' under an hour, 'h:mm:ss' from an hour on.
export function formatClock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
