import { toSeconds } from './clock.js';

// A runner's card as the e-punch reader prints it: 'start 10:02:00', one 'code time' line a punch, 'finish time'.
export function readCard(text) {
  const card = { punches: [] };
  for (const line of text.trim().split('\n')) {
    const [what, time] = line.trim().split(/\s+/);
    if (what === 'start' || what === 'finish') card[what] = toSeconds(time);
    else card.punches.push({ code: Number(what), at: toSeconds(time) });
  }
  return card;
}

// The controls of the course the card misses, visited in order; extra punches in between do not matter.
export function missing(course, card) {
  const out = [];
  let from = 0;
  for (const [i, code] of course.controls.entries()) {
    const found = card.punches.findIndex((p, k) => k >= from && p.code === code);
    if (found === -1) out.push(`${i + 1}:${code}`);
    else from = found + 1;
  }
  return out;
}

// Time from the start to each control in turn, then to the finish ('splits').
export function splits(course, card) {
  const times = [];
  let from = 0;
  for (const code of course.controls) {
    const found = card.punches.findIndex((p, k) => k >= from && p.code === code);
    times.push(found === -1 ? null : card.punches[found].at - card.start);
    if (found !== -1) from = found + 1;
  }
  times.push(card.finish - card.start);
  return times;
}
