const { daysBetween } = require('../dates');

// The waiting list: the longest-waiting applicant is offered the next free plot; someone who already holds
// a half plot may be offered a second half first, when the committee says so.
class WaitingList {
  constructor() {
    this.applicants = [];
  }

  join(name, joined, { holdsHalf = false } = {}) {
    this.applicants.push({ name, joined, holdsHalf });
    return this;
  }

  allocate(plots, { today = '2026-04-01', halfHoldersFirst = false } = {}) {
    const queue = [...this.applicants].sort((a, b) => {
      if (halfHoldersFirst && a.holdsHalf !== b.holdsHalf) {
        return a.holdsHalf ? -1 : 1;
      }
      return daysBetween(b.joined, today) - daysBetween(a.joined, today);
    });
    const offers = plots.map((plot, i) => ({ plot, to: queue[i] ? queue[i].name : null }));
    this.applicants = queue.slice(plots.length);
    return offers;
  }
}

module.exports = { WaitingList };
