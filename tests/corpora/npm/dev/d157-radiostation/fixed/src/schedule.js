import { runningTime } from './playlist.js';

// A day's schedule: shows own whole hours, from start up to (not including) end.
export class Schedule {
  constructor() {
    this.shows = [];
  }

  book(show) {
    if (show.start >= show.end || show.start < 0 || show.end > 24) {
      throw new RangeError(`bad hours for ${show.title}`);
    }
    const clash = this.shows.find((other) => show.start < other.end && other.start < show.end);
    if (clash) {
      throw new Error(`${show.title} clashes with ${clash.title}`);
    }
    this.shows.push(show);
    return this;
  }

  onAir(hour) {
    const show = this.shows.find((s) => s.start <= hour && hour < s.end);
    return show ? show.title : 'sustaining service';
  }

  // Whether a show's playlist fills its hours, leaving the given seconds per hour for news and adverts.
  async fits(title, tracks, probe, talkPerHour = 600) {
    const show = this.shows.find((s) => s.title === title);
    const { seconds } = await runningTime(tracks, probe);
    const available = (show.end - show.start) * (3600 - talkPerHour);
    return { spare: available - seconds, fits: seconds <= available };
  }
}
