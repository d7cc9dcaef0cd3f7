import assert from 'node:assert/strict';
import { formatClock, missing, readCard, results, splits, toSeconds } from '../src/index.js';

const COURSE = { name: 'Orange', controls: [31, 45, 38, 52] };

const card = (text) => readCard(text);

const AILSA = card(`start 10:02:00
  31 10:06:40
  45 10:13:05
  38 10:19:30
  52 10:24:10
  finish 10:26:00`);
const BRUNO = card(`start 10:04:00
  31 10:09:10
  38 10:12:00
  45 10:16:20
  38 10:21:45
  52 10:26:00
  finish 10:28:00`);
const CHLOE = card(`start 10:00:00
  31 10:04:00
  45 10:10:00
  52 10:20:00
  finish 10:22:30`);
const DAVID = card(`start 09:40:00
  31 09:46:00
  45 09:53:00
  38 10:01:00
  52 10:02:00
  finish 10:05:30`);

describe('clock', () => {
  it('reads and prints race times', () => {
    assert.equal(toSeconds('10:02:00'), 36120);
    assert.throws(() => toSeconds('10:02'), /not a time/);
    assert.equal(formatClock(1440), '24:00');
    assert.equal(formatClock(65), '1:05');
    assert.equal(formatClock(3725), '1:02:05');
  });
});

describe('cards', () => {
  it('are read from the reader', () => {
    assert.equal(AILSA.start, 36120);
    assert.equal(AILSA.punches.length, 4);
    assert.deepEqual(AILSA.punches[0], { code: 31, at: 36400 });
  });

  it('are checked against the course, in order', () => {
    assert.deepEqual(missing(COURSE, AILSA), []);
    assert.deepEqual(missing(COURSE, BRUNO), []);
    assert.deepEqual(missing(COURSE, CHLOE), ['3:38']);
    assert.deepEqual(missing(COURSE, card('start 10:00:00\n52 10:01:00\n31 10:05:00\nfinish 10:06:00')), ['2:45', '3:38', '4:52']);
  });

  it('give the splits', () => {
    assert.deepEqual(splits(COURSE, AILSA), [280, 665, 1050, 1330, 1440]);
    assert.deepEqual(splits(COURSE, CHLOE), [240, 600, null, 1200, 1350]);
  });
});

describe('results', () => {
  it('place the runners by time, mispunches last', () => {
    const runners = [
      { name: 'Bruno', card: BRUNO },
      { name: 'Chloe', card: CHLOE },
      { name: 'Ailsa', card: AILSA },
      { name: 'David', card: DAVID },
    ];
    assert.deepEqual(results(COURSE, runners), [
      { place: '1', name: 'Ailsa', time: '24:00' },
      { place: '1', name: 'Bruno', time: '24:00' },
      { place: '3', name: 'David', time: '25:30' },
      { place: '', name: 'Chloe', time: 'mp' },
    ]);
  });
});
