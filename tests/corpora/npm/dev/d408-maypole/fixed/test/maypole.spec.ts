import assert from 'node:assert/strict';
import { danceMinutes, programme, ribbonM, ribbonOrder, ribbonsFor, type Dance } from '../src/index.js';

const dances: Dance[] = [
  { name: 'Gypsy Tent', circuits: 8, secondsPerCircuit: 30 },
  { name: "Spider's Web", circuits: 6, secondsPerCircuit: 45 },
  { name: 'Barber Pole', circuits: 10, secondsPerCircuit: 24 },
];

describe('ribbons', () => {
  it('runs a ribbon from the top to the ring with some to hold', () => {
    assert.equal(ribbonM(4, 3), 6);
  });
  it('orders ribbon for the whole ring', () => {
    assert.equal(ribbonOrder(4, 3, 12), 72);
  });
  it('goes round the colours in turn', () => {
    assert.deepEqual(ribbonsFor(5, ['red', 'white']), ['red', 'white', 'red', 'white', 'red']);
  });
});

describe('dances', () => {
  it('times a dance', () => {
    assert.equal(danceMinutes(dances[1]), 5);
  });
  it('prints the programme', () => {
    assert.deepEqual(programme(dances), ['0 min: Gypsy Tent', "4 min: Spider's Web", '9 min: Barber Pole']);
  });
});
