import { compareNumbers, parseNumber, PRICES } from './catalogue.js';
import { better, conditionFactor } from './condition.js';

export class Album {
  #copies = [];

  constructor(owner, { perPage = 6 } = {}) {
    this.owner = owner;
    this.perPage = perPage;
  }

  add(number, condition, notes = '') {
    parseNumber(number);
    conditionFactor(condition);
    this.#copies.push({ number, condition, notes });
    return this;
  }

  get size() {
    return this.#copies.length;
  }

  // Each number once, in catalogue order, as the stamps are mounted.
  get numbers() {
    return [...new Set(this.#copies.map((copy) => copy.number))].sort(compareNumbers);
  }

  get pageCount() {
    return Math.ceil(this.numbers.length / this.perPage);
  }

  page(n) {
    return this.numbers.slice((n - 1) * this.perPage, n * this.perPage);
  }

  // Every copy beyond the best of its number is a duplicate, offered for swaps.
  duplicates() {
    const best = new Map();
    const spare = [];
    for (const copy of this.#copies) {
      const kept = best.get(copy.number);
      if (!kept) {
        best.set(copy.number, copy);
        continue;
      }
      const winner = better(kept.condition, copy.condition) === kept.condition ? kept : copy;
      spare.push(winner === kept ? copy : kept);
      best.set(copy.number, winner);
    }
    return spare.sort((a, b) => compareNumbers(a.number, b.number));
  }

  // Rows for a valuation table; the notes go to footnotes under it.
  rows() {
    const footnotes = [];
    const rows = this.#copies.map(({ notes, ...row }) => {
      if (notes) footnotes.push(`${row.number}: ${notes}`);
      return { ...row, pence: Math.round((PRICES.get(row.number) ?? 0) * conditionFactor(row.condition)) };
    });
    return { rows, footnotes };
  }

  get value() {
    return this.rows().rows.reduce((sum, row) => sum + row.pence, 0);
  }
}
