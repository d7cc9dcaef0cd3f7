import assert from 'node:assert/strict';
import { Console, reedStops, totalLength, pipeCount, parseLogDate, daysSince } from '../src/index.js';

function greatOrgan() {
  const console = new Console();
  console.add('Open Diapason', 8, 'flue');
  console.add('Principal', 4, 'flue');
  console.add('Trumpet', 8, 'reed');
  console.add('Fifteenth', 2, 'flue');
  return console;
}

describe('the console', () => {
  it('draws stops by name', () => {
    const drawn = greatOrgan().draw('Open Diapason', 'Trumpet');
    assert.deepEqual(drawn.map((stop) => stop.feet), [8, 8]);
  });

  it('refuses a stop it does not have', () => {
    assert.throws(() => greatOrgan().draw('Tuba'), /no stop called Tuba/);
  });

  it('picks out the reeds', () => {
    const drawn = greatOrgan().draw('Principal', 'Trumpet', 'Fifteenth');
    assert.deepEqual(reedStops(drawn).map((stop) => stop.name), ['Trumpet']);
  });
});

describe('pipes', () => {
  it('adds up the lengths of the drawn stops', () => {
    assert.equal(totalLength(8, 4, 2), 14);
    assert.equal(totalLength(), 0);
  });

  it('counts a pipe per key for each stop', () => {
    assert.equal(pipeCount(greatOrgan().draw('Principal', 'Trumpet')), 112);
  });
});

describe('the workshop log', () => {
  it('reads the day before the month', () => {
    assert.equal(parseLogDate('04/03/2025').toISOString().slice(0, 10), '2025-03-04');
  });

  it('counts the days since the last tuning', () => {
    assert.equal(daysSince('28/02/2025', '2025-03-10'), 10);
  });
});
