import assert from 'node:assert/strict';
import { Flow, SpringLog, flowOf, tally } from '../src/index.js';

describe('the spring log', () => {
  it('is empty until a reading comes in', () => {
    const log = new SpringLog();
    assert.equal(log.isEmpty(), true);
    log.add({ spring: 'Holy Well', litresPerMinute: 4 });
    assert.equal(log.isEmpty(), false);
  });

  it('remembers the latest reading of each spring', () => {
    const log = new SpringLog()
      .add({ spring: 'Holy Well', litresPerMinute: 4 })
      .add({ spring: 'Ladywell', litresPerMinute: 1.5 })
      .add({ spring: 'Holy Well', litresPerMinute: 3 });
    assert.equal(log.latestFor('Holy Well'), 3);
    assert.equal(log.latestFor('Nine Wells'), undefined);
  });
});

describe('the flow', () => {
  it('grades a reading', () => {
    assert.equal(flowOf({ spring: 'Ladywell', litresPerMinute: 0.5 }), Flow.Trickle);
  });

  it('tallies the readings by flow', () => {
    const readings = [0, 4, 12, 6].map((litresPerMinute) => ({ spring: 'Holy Well', litresPerMinute }));
    assert.deepEqual(tally(readings), [1, 0, 2, 1]);
  });
});
