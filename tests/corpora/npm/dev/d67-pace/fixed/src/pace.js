import { formatDuration, parseDuration } from './duration.js';
import { metres, raceMetres } from './units.js';

// Seconds per `per` unit, for `distance` in `unit` run in `time`.
export function pace(distance, unit, time, per = 'km') {
  const seconds = parseDuration(time);
  const units = (distance * metres(unit)) / metres(per);
  if (!(units > 0)) {
    throw new RangeError(`not a distance: ${distance} ${unit}`);
  }
  return seconds / units;
}

export function formatPace(secondsPer, per = 'km', { suffix = true } = {}) {
  const text = formatDuration(secondsPer);
  return suffix ? `${text}/${per}` : text;
}

// Peter Riegel's endurance model: T2 = T1 * (D2 / D1) ^ 1.06.
export function predict(race, time, target, exponent = 1.06) {
  const seconds = parseDuration(time);
  return formatDuration(seconds * (raceMetres(target) / raceMetres(race)) ** exponent);
}

// Elapsed times at every `every` units of an even-paced run, and at the finish.
export function splits(distance, time, every = 1) {
  const perUnit = parseDuration(time) / distance;
  const marks = [];
  for (let at = every; at < distance; at += every) {
    marks.push([at, formatDuration(perUnit * at)]);
  }
  marks.push([distance, formatDuration(parseDuration(time))]);
  return marks;
}
