import { formatLength, parseLength } from './time';
import type { Playlist, Track } from './types';

// "Artist - Title (3:45)"; the title may itself hold " - ".
export function parseTrack(line: string): Track {
  const match = /^(.+?) - (.+) \((\d+(?::\d+)+)\)$/.exec(line.trim());
  if (!match) {
    throw new SyntaxError(`not a track: '${line}'`);
  }
  return { artist: match[1], title: match[2], seconds: parseLength(match[3]) };
}

// The first non-empty line names the playlist, each further one is a track.
export function parsePlaylist(text: string): Playlist {
  const [name, ...lines] = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { name, tracks: lines.map(parseTrack) };
}

export function totalLength(playlist: Playlist): string {
  return formatLength(playlist.tracks.reduce((sum, track) => sum + track.seconds, 0));
}

// Drops repeated tracks (the same artist and title, whatever their case), keeping the first.
export function dedupe(tracks: Track[]): Track[] {
  const seen = new Set<string>();
  return tracks.filter((track) => {
    const key = `${track.artist}\u0000${track.title}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
