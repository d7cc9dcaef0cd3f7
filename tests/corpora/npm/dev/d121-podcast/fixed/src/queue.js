import { parseDuration } from './episodes.js';

// The next `count` episodes, without taking them off the queue.
export function upNext(queue, count) {
  return queue.slice(0, count);
}

// Seconds of listening left at a playback speed.
export function listeningTime(queue, speed = 1) {
  const seconds = queue.reduce((total, episode) => total + parseDuration(episode.duration), 0);
  return Math.round(seconds / speed);
}

export function markPlayed(queue, title) {
  return queue.filter((episode) => episode.title !== title);
}
