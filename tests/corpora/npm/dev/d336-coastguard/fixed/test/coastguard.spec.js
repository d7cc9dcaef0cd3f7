const assert = require('node:assert/strict');
const { launches, parseLine, searchDistance, squareLegs, stationOf, tally } = require('../src');

const LOG = ['07 0615 launch', '07 0702 recovered', '11 1130 launch', '12 1400 exercise', '11 1248 recovered'];

describe('stations', () => {
  it('finds a station by call sign', () => {
    assert.deepEqual(stationOf('12'), { name: 'Skerry Head', lat: 54.4, lon: -0.5 });
  });
});

describe('log', () => {
  it('reads a line', () => {
    assert.deepEqual(parseLine(' 11 1130 launch '), { station: '11', time: '1130', event: 'launch' });
  });

  it('tallies the events', () => {
    assert.deepEqual(tally(LOG), { launch: 2, recovered: 2, exercise: 1 });
  });

  it('lists the launches with their stations', () => {
    assert.deepEqual(launches(LOG), ['0615 Saltwick', '1130 Gull Point']);
  });
});

describe('search', () => {
  it('lengthens the square every second leg', () => {
    assert.deepEqual(squareLegs(6, 0.5), [0.5, 0.5, 1, 1, 1.5, 1.5]);
    assert.equal(searchDistance(5, 2), 18);
  });
});
