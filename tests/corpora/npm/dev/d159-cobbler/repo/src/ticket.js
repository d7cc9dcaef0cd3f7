'use strict';

const { priceJob } = require('./pricing');

// Working days each job needs at the bench.
const BENCH_DAYS = { resole: 3, heel: 1, stretch: 2, stitch: 1, polish: 0 };

// The shop is shut on Sundays, so a day at the bench is never a Sunday.
function addWorkingDays(start, days) {
  const date = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() === 7) continue;
    left -= 1;
  }
  return date;
}

class RepairTicket {
  constructor(owner, received) {
    this.owner = owner;
    this.received = received;
    this.jobs = [];
    this._rush = false;
  }

  get rush() {
    return this._rush;
  }

  set rush(value) {
    this._rush = Boolean(value);
  }

  static benchDays(job) {
    return BENCH_DAYS[job] ?? 0;
  }

  add(job) {
    this.jobs.push(job);
    return this;
  }

  total(options) {
    return this.jobs.reduce((sum, job) => sum + priceJob(job, { ...options, rush: this.rush }), 0);
  }

  ready() {
    const days = Math.max(0, ...this.jobs.map((job) => this.benchDays(job)));
    return addWorkingDays(this.received, this.rush ? Math.ceil(days / 2) : days);
  }
}

module.exports = { RepairTicket, addWorkingDays };
