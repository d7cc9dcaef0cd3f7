import assert from 'node:assert/strict';
import { estimate, parseReading, queueOrder, ratePerDay, timeOnBench } from '../src/index.js';

describe('repairs', () => {
  it('estimates from the movement, or from the agreed quote', () => {
    assert.deepEqual(estimate({ movement: 'bracket' }), { hours: 9, pence: 46800 });
    assert.deepEqual(estimate({ movement: 'longcase', strikes: true }), { hours: 17.5, pence: 91000 });
    assert.deepEqual(estimate({ movement: 'skeleton' }), { hours: 8, pence: 41600 });
    assert.deepEqual(estimate({ movement: 'wall', quotedHours: 0 }), { hours: 0, pence: 0 });
  });

  it('queues the jobs by the date promised', () => {
    const jobs = [
      { id: 'J7', promised: '2026-03-02' },
      { id: 'J3', promised: '2026-02-20' },
      { id: 'J5', promised: '2026-03-02' },
    ];
    assert.deepEqual(queueOrder(jobs).map((job) => job.id), ['J3', 'J5', 'J7']);
  });
});

describe('bench', () => {
  it('reads a line of the bench log', () => {
    assert.deepEqual(parseReading(' 48  -3s'), { raw: ' 48  -3s', hour: 48, offsetSeconds: -3 });
  });

  it('works out the daily rate from the first and last readings', () => {
    const readings = ['0 +0s', '24 +4.5s', '72 +12s'].map(parseReading);
    assert.equal(ratePerDay(readings), 4);
  });

  it('refuses a log line whose offset is not a number', () => {
    const readings = ['0 +0s', '24 +4.5x'].map(parseReading);
    assert.throws(() => ratePerDay(readings), /not a reading: 24 \+4\.5x/);
  });

  it('times one clock at a time', async () => {
    const clock = { id: 'C12', log: ['0 +1s', '48 -5s'] };
    const first = timeOnBench(clock, 5);
    await assert.rejects(timeOnBench(clock), /the bench is in use/);
    assert.deepEqual(await first, { id: 'C12', rate: -3 });
    assert.deepEqual(await timeOnBench(clock), { id: 'C12', rate: -3 });
  });
});
