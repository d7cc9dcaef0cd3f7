// "1:23:45", "23:45" or "45" (seconds, decimals allowed in the last part) as seconds.
export function parseDuration(text) {
  text = String(text).trim();
  const parts = text.split(':');
  if (parts.length > 3 || !parts.every((part, index) => /^\d+$/.test(part) || (index === parts.length - 1 && /^\d+\.\d+$/.test(part)))) {
    throw new SyntaxError(`not a duration: '${text}'`);
  }
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

// Seconds as "m:ss", or "h:mm:ss" from an hour up, to the nearest second.
export function formatDuration(seconds) {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
