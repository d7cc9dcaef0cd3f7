import assert from 'node:assert/strict';
import { CombinationLock, Room, Timer, WordLock } from '../src/index.js';

const room = () =>
  new Room(
    'The Study',
    [
      new CombinationLock('desk', '0427', ['a date', 'the day of the letter', 'April']),
      new WordLock('bookcase', 'Orion'),
      new CombinationLock('safe', '731', ['count the clocks']),
    ],
    3600,
  );

describe('locks', () => {
  it('opens a combination lock with its code, spaces ignored, leading zero kept', () => {
    const lock = new CombinationLock('desk', '0427', []);
    assert.equal(lock.check('04 27'), true);
    assert.equal(lock.check('427'), false);
  });

  it('gives hints up to the last one', () => {
    const lock = new CombinationLock('desk', '0427', ['a date', 'April']);
    assert.equal(lock.hint(1), 'a date');
    assert.equal(lock.hint(5), 'April');
    assert.equal(new CombinationLock('x', '1', []).hint(1), 'no hint');
  });

  it('opens a word lock whatever the case', () => {
    const lock = new WordLock('bookcase', 'Orion');
    assert.equal(lock.check(' orion '), true);
    assert.equal(lock.hint(2), 'starts with O');
  });
});

describe('timer', () => {
  it('writes the clock with hours past an hour', () => {
    assert.equal(Timer.clock(754), '12:34');
    assert.equal(Timer.clock(3725), '1:02:05');
  });
});

describe('room', () => {
  it('is escaped when every puzzle is solved', () => {
    const r = room();
    assert.equal(r.attempt('desk', '0427'), true);
    assert.equal(r.attempt('bookcase', 'Lyra'), false);
    assert.equal(r.attempt('bookcase', 'ORION'), true);
    assert.equal(r.escaped, false);
    assert.equal(r.attempt('safe', '731'), true);
    assert.equal(r.escaped, true);
    assert.throws(() => r.attempt('piano', 'C'), /no puzzle piano in The Study/);
  });

  it('takes a minute off the clock for each hint level', () => {
    const r = room();
    assert.equal(r.hint('desk', 2), 'the day of the letter');
    assert.equal(r.timer.remaining(600), 2880);
  });

  it('reads out the progress with the time left', () => {
    const r = room();
    r.hint('safe', 1);
    const lines = r.progressLines();
    assert.equal(lines.length, 3);
    assert.equal(lines[0](900), '1 of 3 solved, 44:00 left');
    assert.equal(lines[2](2400), '3 of 3 solved, 19:00 left');
  });
});
