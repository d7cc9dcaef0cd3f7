// Chip times read h:mm:ss or mm:ss and may carry tenths ("25:41.7"); the tenths are dropped.
export function toSeconds(time) {
  const cut = time.indexOf('.');
  const whole = cut === -1 ? time : time.slice(0, cut);
  return whole.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
}

export function formatTime(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

// A result line reads "bib;swim;t1;bike;t2;run"; the two transitions count in the total only.
export function parseResult(line) {
  const [bib, ...times] = line.split(';');
  const legs = times.map(toSeconds);
  const [swim, , bike, , run] = legs;
  return { bib: Number(bib), swim, bike, run, total: legs.reduce((sum, leg) => sum + leg, 0) };
}
