import assert from 'node:assert/strict';
import { departures, dispatch, fare, receipt, timetable } from '../src/index.js';
import type { Route, Sensor } from '../src/index.js';

const castleLine: Route = { name: 'Castle', km: 0.5, climbM: 150 };

describe('fares', () => {
  it('charges by distance and passenger, and more on a steep line', () => {
    assert.equal(fare({ route: castleLine, passenger: 'adult' }), 215);
    assert.equal(fare({ route: castleLine, passenger: 'resident' }), 75);
  });

  it('prints a receipt', () => {
    assert.equal(receipt({ route: castleLine, passenger: 'child' }), 'Castle child £1.15');
  });
});

describe('the timetable', () => {
  it('reads each hour however the minutes are spaced', () => {
    assert.deepEqual(departures('07 00 20  40'), ['07:00', '07:20', '07:40']);
    assert.deepEqual(timetable(['08  15 45', '09 30']), ['08:15', '08:45', '09:30']);
  });
});

describe('dispatch', () => {
  it('departs when every section is clear', async () => {
    const clear: Sensor = async () => true;
    assert.equal(await dispatch(clear, 3), 'depart');
  });

  it('holds when a section is occupied', async () => {
    const blocked: Sensor = async (section) => section !== 2;
    assert.equal(await dispatch(blocked, 3), 'hold');
  });
});
