import assert from 'node:assert/strict';
import {
  DAILY_LOSS_S,
  Escapement,
  beatsPerHour,
  circularLossSPerDay,
  lengthFor,
  periodS,
  secondsPerDay,
  turnsToRegulate,
} from '../src/index.js';

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

describe('period', () => {
  it('swings a seconds pendulum in two seconds', () => {
    assert.equal(round3(periodS(0.994)), 2);
    assert.equal(round3(periodS(0.25)), 1.003);
  });
  it('beats twice a period', () => {
    assert.equal(beatsPerHour(0.994), 3600);
    assert.equal(beatsPerHour(0.2485), 7200);
  });
  it('loses time to a wide swing', () => {
    assert.equal(circularLossSPerDay({ lengthM: 0.994, amplitudeDeg: 4 }), 26);
    assert.equal(circularLossSPerDay({ lengthM: 0.994, amplitudeDeg: 2 }), 7);
  });
  it('finds the length for a period', () => {
    assert.equal(lengthFor(2), 0.994);
  });
});

describe('regulating', () => {
  it('turns the nut towards the target', () => {
    assert.equal(turnsToRegulate(0.994, 2, 20), 0);
    assert.equal(turnsToRegulate(0.99, 2, 20), 8);
    assert.equal(turnsToRegulate(0.98, 2, 5), 5);
  });
  it('counts the seconds a long pendulum loses', () => {
    assert.equal(secondsPerDay(1.0, 2), -261);
  });
  it('knows the escapements', () => {
    assert.equal(DAILY_LOSS_S[Escapement.Deadbeat], 3);
  });
});
