// The karaoke queue: everyone sings once before anyone sings a second time.

export function parseLength(text) {
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes * 60 + seconds;
}

export class SongQueue {
  constructor() {
    this.entries = [];
    this.songsBy = new Map();
  }

  // A singer's n-th song goes in round n, after every song already queued for that round or earlier.
  signUp(singer, song, length) {
    const round = (this.songsBy.get(singer) ?? 0) + 1;
    this.songsBy.set(singer, round);
    let at = 0;
    while (at < this.entries.length && this.entries[at].round <= round) at += 1;
    this.entries.splice(at, 0, { singer, song, seconds: parseLength(length), round });
    return at;
  }

  next() {
    return this.entries.shift() ?? null;
  }

  // Seconds until the singer's first song starts: the songs before it, and a minute's change-over each.
  waitFor(singer) {
    const at = this.entries.findIndex((entry) => entry.singer === singer);
    if (at === -1) return null;
    return this.entries.slice(0, at).reduce((sum, entry) => sum + entry.seconds + 60, 0);
  }

  order() {
    return this.entries.map((entry) => `${entry.singer}: ${entry.song}`);
  }
}

export function status(position) {
  if (position === 0) {
    return 'on stage';
  } else if (position === 1) {
    return 'up next';
  }
  return `${position} songs to go`;
}
