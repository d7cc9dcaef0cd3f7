import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { handPoints, sameHand, tileValue } from '../src/tiles.js';

const scanned = [
  { rank: 1, suit: 'bamboo' },
  { rank: 5, suit: 'dots' },
  { suit: 'dragon' },
];
const sheet = [
  { suit: 'dragon' },
  { suit: 'bamboo', rank: 1 },
  { suit: 'dots', rank: 5 },
];

describe('tiles', () => {
  it('values honours, terminals and simples', () => {
    assert.deepEqual([tileValue({ suit: 'wind' }), tileValue({ suit: 'dots', rank: 9 }), tileValue({ suit: 'dots', rank: 4 })], [10, 4, 2]);
  });

  it('caps a hand at the limit', () => {
    assert.equal(handPoints(scanned), 1600);
    assert.equal(handPoints(Array(14).fill({ suit: 'dragon' })), 8000);
  });

  it('knows a hand however its tiles were written down', () => {
    assert.equal(sameHand(scanned, sheet), true);
  });

  it('tells two different hands apart', () => {
    assert.equal(sameHand(scanned, [...sheet.slice(1), { suit: 'wind' }]), false);
  });
});
