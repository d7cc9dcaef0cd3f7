// Scores: pitch and timing out of 100, weighted by the song's difficulty, plus a bonus for a full song.

export function multiplier(difficulty) {
  switch (difficulty) {
    case 'easy':
      return 1;
    case 'medium':
      return 1.2;
      break;
    case 'hard':
      return 1.5;
    default:
      throw new Error(`unknown difficulty: ${difficulty}`);
  }
}

// Two singers share a duet's score, so a duet earns a few points more.
const DUETS = ['Islands in the Stream', "Don't Go Breaking My Heart", 'Summer Nights'];
const DUET_POINTS = 5;

export function score(performance, options = {}) {
  const bonus = options.fullSongBonus ?? 10;
  const base = performance.pitch * 0.7 + performance.timing * 0.3;
  const extra = (performance.completed ? bonus : 0) + (performance.song in DUETS ? DUET_POINTS : 0);
  return Math.round(base * multiplier(performance.difficulty) + extra);
}

export function leaderboard(performances, options) {
  return performances
    .map((performance) => ({ singer: performance.singer, points: score(performance, options) }))
    .sort((a, b) => b.points - a.points || a.singer.localeCompare(b.singer));
}
