import assert from 'node:assert/strict';
import { dayReport, durationMinutes, fare, Network, parseRide } from '../src/index.js';

const RIDES = [
  'B17 S1>S3 2026-05-04T08:00Z 2026-05-04T08:25Z member',
  'B04 S2>S1 2026-05-04T08:10Z 2026-05-04T08:40Z casual',
  'B17 S3>S2 2026-05-04T09:00Z 2026-05-04T09:50Z member',
  'B22 S2>S3 2026-05-04T12:00Z 2026-05-04T12:07Z casual',
].map(parseRide);

function network(): Network {
  return new Network([
    { id: 'S1', name: 'Harbour', docks: 10, bikes: 1 },
    { id: 'S2', name: 'Station Square', docks: 8, bikes: 6 },
    { id: 'S3', name: 'Park Gate', docks: 5, bikes: 0 },
  ]);
}

describe('rides', () => {
  it('are read from the log', () => {
    assert.deepEqual(RIDES[1], {
      bike: 'B04',
      from: 'S2',
      to: 'S1',
      start: '2026-05-04T08:10Z',
      end: '2026-05-04T08:40Z',
      member: false,
    });
    assert.deepEqual(RIDES.map(durationMinutes), [25, 30, 50, 7]);
    assert.throws(() => parseRide('B17 S1 2026-05-04T08:00Z'), /cannot read ride/);
  });
});

describe('fares', () => {
  it('charge every started block', () => {
    assert.deepEqual(RIDES.map(fare), [0, 2, 1, 1.5]);
  });

  it('add up to the day report', () => {
    assert.deepEqual(dayReport(RIDES), { rides: 4, members: 2, revenue: 4.5, averageMinutes: 28 });
    assert.deepEqual(dayReport([]), { rides: 0, members: 0, revenue: 0, averageMinutes: 0 });
  });
});

describe('stations', () => {
  it('move the bikes', () => {
    const net = network();
    for (const ride of RIDES) net.ride(ride);
    assert.deepEqual(['S1', 'S2', 'S3'].map((id) => net.get(id).bikes), [1, 5, 1]);
  });

  it('refuse an empty station or a full one', () => {
    const net = network();
    assert.throws(() => net.take('S3'), /no bike at Park Gate/);
    net.give('S2');
    net.give('S2');
    assert.throws(() => net.give('S2'), /no free dock at Station Square/);
    assert.throws(() => net.get('S9'), /no station S9/);
  });

  it('tell where the van is needed', () => {
    const net = network();
    assert.deepEqual(net.needsRebalancing(), ['S1', 'S3']);
    net.give('S2');
    assert.deepEqual(net.needsRebalancing(), ['S1', 'S2', 'S3']);
  });
});
