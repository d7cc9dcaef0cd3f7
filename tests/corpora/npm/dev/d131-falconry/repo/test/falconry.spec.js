import assert from 'node:assert/strict';
import { condition, days, heaviest, loadLog, parseEntry, rationGrams, successRate } from '../src/index.js';

const JUNO = { name: 'Juno', species: 'harris hawk', flyingWeight: 680 };
const LOG = loadLog(new URL('./fixtures/season.log', import.meta.url));

describe('birds', () => {
  it('is ready within five percent of the flying weight', () => {
    assert.equal(condition(JUNO, 700), 'ready');
    assert.equal(condition(JUNO, 720), 'high');
    assert.equal(condition(JUNO, 640), 'low');
  });

  it('feeds less to a heavy bird', () => {
    assert.equal(rationGrams(JUNO, 700), 30);
    assert.equal(rationGrams(JUNO, 640), 60);
    assert.equal(rationGrams(JUNO, 760), 20);
  });
});

describe('flights', () => {
  it('reads one flight from a line', () => {
    assert.deepEqual(parseEntry('2026-11-02 Juno 702g 3 slips 1 kill'), {
      date: '2026-11-02', name: 'Juno', grams: 702, slips: 3, kills: 1,
    });
  });

  it('reads the season, skipping comments', () => {
    assert.equal(LOG.length, 4);
    assert.equal(LOG[3].grams, 640);
  });

  it('gives the kills per slip as a percentage', () => {
    assert.equal(successRate(LOG), 29);
    assert.equal(successRate([]), 0);
  });

  it('finds the heaviest flying day', () => {
    assert.equal(heaviest(LOG), 702);
    assert.equal(heaviest([]), 0);
  });

  it('gives the bird\'s state on each day', () => {
    assert.deepEqual(days(LOG, JUNO).map((day) => day.state), ['ready', 'ready', 'ready', 'low']);
  });
});
