import { describe, expect, it } from 'vitest';
import { addDays, meetings, pagesPerDay, runoff, schedule, splitPages } from '../src/index';

describe('dates', () => {
  it('add days across months', () => {
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
    expect(addDays('2026-12-29', 14)).toBe('2027-01-12');
  });

  it('skip holidays by a week', () => {
    expect(meetings('2026-11-05', 4, 14, new Set(['2026-12-03']))).toEqual(['2026-11-05', '2026-11-19', '2026-12-10', '2026-12-24']);
    expect(meetings('2026-11-05', 2, 28, new Set())).toEqual(['2026-11-05', '2026-12-03']);
  });
});

describe('schedule', () => {
  it('splits the pages, the odd ones early', () => {
    expect(splitPages(10, 3)).toEqual([[1, 4], [5, 7], [8, 10]]);
    expect(splitPages(9, 3)).toEqual([[1, 3], [4, 6], [7, 9]]);
  });

  it('gives each meeting its pages', () => {
    const book = { title: 'Middlemarch', pages: 880 };
    expect(schedule(book, '2026-11-05', 3, 14, ['2026-11-19'])).toEqual([
      { meeting: '2026-11-05', from: 1, to: 294 },
      { meeting: '2026-11-26', from: 295, to: 587 },
      { meeting: '2026-12-10', from: 588, to: 880 },
    ]);
    expect(pagesPerDay({ meeting: '2026-11-26', from: 295, to: 587 }, 21)).toBe(14);
  });
});

describe('votes', () => {
  it('elect the next book by instant runoff', () => {
    const ballots = [
      ['Piranesi', 'Stoner'],
      ['Stoner', 'Piranesi'],
      ['Stoner'],
      ['Circe', 'Piranesi'],
      ['Piranesi', 'Circe'],
    ];
    expect(runoff(ballots)).toEqual({ winner: 'Piranesi', rounds: 2 });
    expect(runoff([['Circe'], ['Circe', 'Stoner'], ['Stoner']])).toEqual({ winner: 'Circe', rounds: 1 });
    expect(runoff([['Stoner', 'Circe'], ['Circe', 'Stoner']])).toEqual({ winner: 'Circe', rounds: 2 });
  });
});
