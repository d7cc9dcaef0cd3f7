import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLog, peak, playCode, royaltyPence } from '../src/royalties.js';

const LOG = `
Tue 08 Harbour Lights - The Gulls
Tue 13 Low Water - Ada Penhale
Sat 17 Harbour Lights - The Gulls
Fri 18 Spring Tide - Moor Band
`;

describe('royalties', () => {
  it('reads the log', () => {
    assert.deepEqual(parseLog(LOG)[2], { day: 'Sat', hour: 17, title: 'Harbour Lights', artist: 'The Gulls' });
    assert.throws(() => parseLog('Tuesday 8am something'), /bad log line/);
  });

  it('knows the peak hours: weekday breakfast and drive time only', () => {
    assert.equal(peak('Mon', 7), true);
    assert.equal(peak('Wed', 18), true);
    assert.equal(peak('Wed', 12), false);
    assert.equal(peak('Sat', 8), false);
    assert.equal(peak('Sun', 17), false);
  });

  it('prices the plays', () => {
    assert.equal(royaltyPence(parseLog(LOG)), 12 + 5 + 5 + 12);
    assert.equal(royaltyPence(parseLog(LOG), { peakPence: 20, offPeakPence: 4 }), 48);
  });

  it('codes each kind of play for the return', () => {
    assert.deepEqual(['record', 'session', 'remix', 'jingle', 'live'].map(playCode), ['R', 'L', 'R', 'J', 'L']);
    assert.throws(() => playCode('advert'), /unknown kind of play: advert/);
  });
});
