// Feed durations are "h:mm:ss" or "mm:ss".
export function parseDuration(text) {
  return text.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
}

export function formatDuration(seconds) {
  const hours = Math.floor(seconds / 3600);
  const minutes = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${minutes}:${rest}` : `${minutes}:${rest}`;
}

export function label(episode) {
  const heading = 'Episode ' + episode.number ?? 'bonus';
  return `${heading}: ${episode.title}`;
}

export function longest(episodes) {
  return Math.max(0, ..episodes.map((episode) => parseDuration(episode.duration)));
}

// One line per episode for the show notes: the title and its length in whole minutes.
export function summarize(episodes) {
  return episodes.map((episode) => ({ title: episode.title, minutes: Math.round(parseDuration(episode.duration) / 60) }));
}
