import assert from 'node:assert/strict';
import { clockOf, connections, journeyMinutes, lateness, minutesOf, punctual, type Train } from '../src/index.js';

const SLEEPER: Train = {
  id: '1S25',
  stops: [
    { station: 'London Euston', dep: '23:45' },
    { station: 'Crewe', arr: '02:10', dep: '02:18' },
    { station: 'Glasgow Central', arr: '07:20' },
  ],
};

const EXPRESS: Train = {
  id: '1P61',
  stops: [
    { station: 'Manchester Piccadilly', dep: '06:48' },
    { station: 'Crewe', arr: '07:21', dep: '07:23' },
    { station: 'Cardiff Central', arr: '10:01' },
  ],
};

const LOCALS: Train[] = [
  { id: '2K04', stops: [{ station: 'Crewe', dep: '07:25' }, { station: 'Shrewsbury', arr: '08:05' }] },
  { id: '2K06', stops: [{ station: 'Crewe', dep: '07:28' }, { station: 'Shrewsbury', arr: '08:10' }] },
  { id: '2K08', stops: [{ station: 'Crewe', dep: '07:40' }, { station: 'Shrewsbury', arr: '08:19' }] },
  { id: '2H11', stops: [{ station: 'Chester', dep: '07:30' }, { station: 'Crewe', arr: '07:55' }] },
];

describe('clock', () => {
  it('reads and writes times', () => {
    assert.equal(minutesOf('07:20'), 440);
    assert.equal(clockOf(1445), '00:05');
    assert.equal(clockOf(-10), '23:50');
    assert.throws(() => minutesOf('24:00'), /not a time/);
  });
});

describe('timetable', () => {
  it('times a journey, across midnight too', () => {
    assert.equal(journeyMinutes(EXPRESS, 'Manchester Piccadilly', 'Cardiff Central'), 193);
    assert.equal(journeyMinutes(SLEEPER, 'London Euston', 'Glasgow Central'), 455);
    assert.equal(journeyMinutes(SLEEPER, 'Crewe', 'Glasgow Central'), 302);
    assert.throws(() => journeyMinutes(SLEEPER, 'Crewe', 'Preston'), /does not call at Preston/);
  });

  it('finds the connections there is time to make', () => {
    assert.deepEqual(connections(EXPRESS, LOCALS, 'Crewe', 5), ['2K06', '2K08']);
    assert.deepEqual(connections(EXPRESS, LOCALS, 'Crewe', 20), []);
  });
});

describe('delays', () => {
  it('counts the minutes late at each reporting station', () => {
    assert.deepEqual(lateness(EXPRESS, { 'Manchester Piccadilly': '06:48', Crewe: '07:19', 'Cardiff Central': '10:07' }), [
      { station: 'Manchester Piccadilly', minutes: 0 },
      { station: 'Crewe', minutes: 0 },
      { station: 'Cardiff Central', minutes: 6 },
    ]);
  });

  it('calls a train punctual under five minutes late at the end', () => {
    assert.equal(punctual(EXPRESS, { 'Cardiff Central': '10:05' }), true);
    assert.equal(punctual(EXPRESS, { 'Cardiff Central': '10:06' }), false);
    assert.equal(punctual(EXPRESS, { Crewe: '07:21' }), false);
  });
});
