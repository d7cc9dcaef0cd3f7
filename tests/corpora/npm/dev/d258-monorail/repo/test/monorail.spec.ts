import assert from 'node:assert/strict';
import { capacity, fare, loadLine, summary } from '../src/index.js';

const TIMETABLE = 'Harbour Loop: Quay 3 Market 4 Castle 2 Station';

describe('lines', () => {
  it('reads a line from the timetable', () => {
    const line = loadLine(TIMETABLE);
    assert.equal(line.name, 'Harbour Loop');
    assert.deepEqual(line.stops, ['Quay', 'Market', 'Castle', 'Station']);
    assert.deepEqual(line.minutes, [3, 4, 2]);
  });

  it('shows the stops and the minutes end to end', () => {
    assert.equal(summary(loadLine(TIMETABLE)), 'Harbour Loop: 4 stops, 9 min');
  });
});

describe('fares and trains', () => {
  it('charges by the minute, with the cards', () => {
    assert.equal(fare(9, 'adult'), 255);
    assert.equal(fare(9, 'child'), 128);
    assert.equal(fare(9, 'senior'), 0);
    assert.equal(fare(12, 'senior'), 210);
  });

  it('sizes a train by its seats and standing room', () => {
    assert.equal(
      capacity([
        { seats: 24, standing: 40 },
        { seats: 18, standing: 52 },
      ]),
      134,
    );
  });
});
