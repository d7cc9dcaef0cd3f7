'use strict';

const { blankVolumeDm3, blankPrice } = require('./blanks');
const { finishFor, coatsFor } = require('./finish');

const LABOUR_PER_HOUR = 28;

function jobLabel(job) {
  return `WT-${String(job.id).padStart(4, '0')}`;
}

function quoteBowl(job) {
  const finish = finishFor(job.species);
  const timber = blankPrice(job.species, job.diameterMm, job.depthMm);
  const labour = (job.hours + coatsFor(finish) * 0.25) * LABOUR_PER_HOUR;
  return { label: jobLabel(job), finish, total: Math.round((timber + labour) * 100) / 100 };
}

// Hours turned, by species and then by job, for the workshop's day book.
function dayBook(jobs) {
  const book = {};
  for (const job of jobs) {
    book[job.species] = book[job.species] ?? {};
    book[job.species][jobLabel(job)] = job.hours;
  }
  return book;
}

module.exports = { blankVolumeDm3, blankPrice, finishFor, coatsFor, jobLabel, quoteBowl, dayBook };
