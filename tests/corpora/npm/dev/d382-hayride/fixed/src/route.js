'use strict';

const MINUTES_BETWEEN_STOPS = 12;

function timetable(stops, startMinute) {
  return stops.map((name, i) => ({ name, minute: startMinute + i * MINUTES_BETWEEN_STOPS }));
}

function clock(minute) {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}

module.exports = { MINUTES_BETWEEN_STOPS, timetable, clock };
