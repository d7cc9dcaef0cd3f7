import assert from 'node:assert/strict';
import { describeJourney, formatTime, nextDepartures, parseTime, plan, type Trip } from '../src/index.js';

function trip(route: string, calls: string): Trip {
  const times: Record<string, number> = {};
  for (const call of calls.split(', ')) {
    const [stop, time] = call.split(' ');
    times[stop] = parseTime(time);
  }
  return { route, times };
}

const TRIPS = [
  trip('1', 'Depot 07:00, Market 07:10, Station 07:20, Hospital 07:35'),
  trip('1', 'Depot 07:30, Market 07:40, Station 07:50, Hospital 08:05'),
  trip('5', 'Station 07:22, University 07:34, Park 07:45'),
  trip('5', 'Station 07:52, University 08:04, Park 08:15'),
  trip('5', 'Station 08:10, University 08:22, Park 08:33'),
  trip('9', 'Depot 07:15, Market 07:31, University 08:04'),
];

describe('times', () => {
  it('are minutes after midnight', () => {
    assert.equal(parseTime('07:05'), 425);
    assert.equal(formatTime(1439), '23:59');
    assert.throws(() => parseTime('7:05'), /not a time/);
  });
});

describe('departures', () => {
  it('are listed from now on', () => {
    assert.deepEqual(nextDepartures(TRIPS, 'Station', '07:21'), ['07:22 5', '07:50 1', '07:52 5']);
    assert.deepEqual(nextDepartures(TRIPS, 'Depot', '07:00', 2), ['07:00 1', '07:15 9']);
    assert.deepEqual(nextDepartures(TRIPS, 'Park', '09:00'), []);
  });
});

describe('planner', () => {
  it('takes the first arrival, and of two the later start', () => {
    assert.deepEqual(describeJourney(plan(TRIPS, 'Depot', 'University', parseTime('06:55')) ?? []), [
      '07:15 9 Depot -> University 08:04',
    ]);
  });

  it('changes routes when that is faster', () => {
    assert.deepEqual(describeJourney(plan(TRIPS, 'Market', 'Park', parseTime('07:00'), 2) ?? []), [
      '07:10 1 Market -> Station 07:20',
      '07:22 5 Station -> Park 07:45',
    ]);
  });

  it('leaves time to change', () => {
    assert.deepEqual(describeJourney(plan(TRIPS, 'Depot', 'University', parseTime('07:20'), 1) ?? []), [
      '07:30 1 Depot -> Station 07:50',
      '07:52 5 Station -> University 08:04',
    ]);
    assert.deepEqual(describeJourney(plan(TRIPS, 'Depot', 'University', parseTime('07:20')) ?? []), [
      '07:30 1 Depot -> Station 07:50',
      '08:10 5 Station -> University 08:22',
    ]);
    assert.equal(plan(TRIPS, 'Park', 'Depot', 0), null);
  });
});
