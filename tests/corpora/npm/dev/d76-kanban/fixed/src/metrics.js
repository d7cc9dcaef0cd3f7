import * as board from './board.js';

const DAY = 24 * 60 * 60 * 1000;

// From the first time work started on the card to the time it was done, in days to one decimal.
export function cycleTime(card, start = 'doing', end = 'done') {
  const started = card.history.find((event) => event.to === start);
  const finished = card.history.findLast((event) => event.to === end);
  if (!started || !finished) {
    return null;
  }
  return Math.round(((Date.parse(finished.at) - Date.parse(started.at)) / DAY) * 10) / 10;
}

export function averageCycleTime(kanban) {
  const times = board.cardsIn(kanban, 'done').map((card) => cycleTime(card)).filter((days) => days !== null);
  return times.length === 0 ? null : Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10;
}

// Cards that reached 'done' in the week starting at `from` (an ISO date).
export function throughput(kanban, from) {
  const start = Date.parse(from);
  return board.cardsIn(kanban, 'done').filter((card) => {
    const at = Date.parse(card.history[card.history.length - 1].at);
    return at >= start && at < start + 7 * DAY;
  }).length;
}
