import { parseLength } from './length';
import type { Playlist, Track } from './types';

// Cuts the tracks, in order, into sides no longer than the limit (a tape or a record).
export function sides(tracks: Track[], limitSeconds: number): Track[][] {
  const result: Track[][] = [];
  let current: Track[] = [];
  let length = 0;
  for (const track of tracks) {
    if (track.seconds > limitSeconds) {
      throw new RangeError(`'${track.title}' does not fit on a side`);
    }
    if (length + track.seconds > limitSeconds) {
      result.push(current);
      current = [];
      length = 0;
    }
    current.push(track);
    length += track.seconds;
  }
  if (current.length > 0) {
    result.push(current);
  }
  return result;
}

// The layout of a playlist on a medium whose side length is written like a track's ("22:30").
export function layout(playlist: Playlist, sideLength: string): string[][] {
  return sides(playlist.tracks, sideLength).map((side) => side.map((track) => track.title));
}
