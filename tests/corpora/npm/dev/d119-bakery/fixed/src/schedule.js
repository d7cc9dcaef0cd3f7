'use strict';

const DAY = 24 * 60;

function toMinutes(clock) {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function toClock(minutes) {
  // A step that starts before midnight belongs to the evening before: wrap into 0..1439.
  const wrapped = ((minutes % DAY) + DAY) % DAY;
  const hours = String(Math.floor(wrapped / 60)).padStart(2, '0');
  return `${hours}:${String(wrapped % 60).padStart(2, '0')}`;
}

// Works back from the time the bread must come out of the oven: each step starts its own length before the next.
function planBake(readyAt, steps) {
  let at = toMinutes(readyAt);
  const plan = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    at -= steps[i].minutes;
    plan.unshift({ step: steps[i].name, start: toClock(at) });
  }
  return plan;
}

function totalMinutes(steps) {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}

module.exports = { toMinutes, toClock, planBake, totalMinutes };
