import assert from 'node:assert/strict';
import { UNASSIGNED, assignBerth, berthCode, logArrival, skipperLine, validPhone } from '../src/index.js';

describe('berths', () => {
  it('writes a berth code as the sign does', () => {
    assert.equal(berthCode('C', 12), 'C12');
  });

  it('gives a small boat the first free berth', () => {
    assert.equal(assignBerth({ lengthM: 7 }, new Set(['A1'])), 'A2');
  });

  it('sends a long boat to a pontoon that takes it', () => {
    assert.equal(assignBerth({ lengthM: 12 }, new Set()), 'C1');
  });

  it('leaves a boat unassigned when every berth it fits is taken', () => {
    assert.equal(assignBerth({ lengthM: 12 }, new Set(['C1', 'C2'])), UNASSIGNED);
  });
});

describe('visitors', () => {
  it('adds a new boat at the end of the list', () => {
    assert.deepEqual(logArrival(['Kittiwake', 'Puffin'], 'Shearwater'), ['Kittiwake', 'Puffin', 'Shearwater']);
  });

  it('moves a boat that comes back to the end, listed once', () => {
    assert.deepEqual(logArrival(['Kittiwake', 'Puffin', 'Shearwater'], 'Puffin'), ['Kittiwake', 'Shearwater', 'Puffin']);
  });
});

describe('skippers', () => {
  it('knows a UK mobile number, with spaces or without', () => {
    assert.equal(validPhone('+44 7700 900123'), true);
    assert.equal(validPhone('+447700900123'), true);
    assert.equal(validPhone('07700 900123'), false);
  });

  it('writes a skipper a line in the log', () => {
    const skipper = { name: 'Morwenna Tregear', boat: 'Kittiwake', phone: '+44 7700 900456' };
    assert.equal(skipperLine(skipper), 'Morwenna Tregear (Kittiwake) +44 7700 900456');
  });
});
