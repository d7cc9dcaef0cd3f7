import assert from 'node:assert/strict';
import { CableCar, fare, lowestCelsius, rideMinutes, speedFor, station } from '../src/index.js';

const FAMILY = [
  { name: 'Ines', child: false },
  { name: 'Marc', child: false },
  { name: 'Lou', child: true },
];

describe('line', () => {
  it('times the ride between stations', () => {
    assert.equal(rideMinutes(station('Valley'), station('Summit')), 13);
    assert.equal(rideMinutes(station('Summit'), station('Alpe'), 4), 10);
    assert.throws(() => station('Glacier'));
  });

  it('slows and stops in wind', () => {
    assert.equal(speedFor(20), 6);
    assert.equal(speedFor(55), 4);
    assert.equal(speedFor(90), null);
  });
});

describe('fares', () => {
  it('charges children half', () => {
    assert.equal(fare(13, false), 2750);
    assert.equal(fare(13, true), 1375);
    assert.equal(fare(7, true), 925);
  });
});

describe('cabin', () => {
  it('prices a family trip and keeps the takings', () => {
    const car = new CableCar(8);
    assert.deepEqual(car.trip('Valley', 'Summit', FAMILY, 20), { minutes: 13, cents: 6875, warning: null });
    car.trip('Alpe', 'Valley', [FAMILY[2]], 60);
    assert.equal(car.takings, 6875 + 1075);
  });

  it('warns of frost only when a station is below zero', () => {
    const car = new CableCar(8);
    const summer = [
      { station: 'Valley', celsius: 19 },
      { station: 'Summit', celsius: 4 },
    ];
    const spring = [...summer, { station: 'Alpe', celsius: -3 }];
    assert.equal(car.trip('Valley', 'Alpe', FAMILY, 0, summer).warning, null);
    assert.equal(car.trip('Valley', 'Alpe', FAMILY, 0, spring).warning, 'frost: -3 °C on the line');
    assert.equal(lowestCelsius(summer), 4);
    assert.equal(lowestCelsius(spring), -3);
  });

  it('refuses an overfull cabin and a closed line', () => {
    assert.throws(() => new CableCar(2).trip('Valley', 'Alpe', FAMILY, 0), /takes 2/);
    assert.throws(() => new CableCar(8).trip('Valley', 'Alpe', FAMILY, 85), /closed for wind/);
  });
});
