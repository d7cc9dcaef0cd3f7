'use strict';

function toMinutes(clock) {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function toClock(minutes) {
  const hours = Math.floor(minutes / 60) % 24;
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function minutesBetween(from, to) {
  return toMinutes(to) - toMinutes(from);
}

module.exports = { toMinutes, toClock, minutesBetween };
