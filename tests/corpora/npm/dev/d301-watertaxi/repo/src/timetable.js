import { EOL } from 'node:path';

const clock = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function departures(firstHour, lastHour, everyMinutes) {
  const times = [];
  for (let at = firstHour * 60; at <= lastHour * 60; at += everyMinutes) times.push(clock(at));
  return times;
}

export function board(stop, times) {
  return [stop.toUpperCase(), ...times.map((time) => `  ${time}`)].join(EOL);
}
