import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { briefingList, needsBriefing, parseWaiver } from '../src/waivers.js';

describe('waivers', () => {
  it('reads a waiver with its medical notes', () => {
    assert.deepEqual(parseWaiver('Ben | 41 | y | asthma, bad knee'), {
      name: 'Ben',
      age: 41,
      experienced: true,
      notes: ['asthma', 'bad knee'],
    });
  });

  it('reads a waiver without notes', () => {
    const waiver = parseWaiver('Ana|34|y|');
    assert.deepEqual(waiver.notes, []);
    assert.equal(needsBriefing(waiver), false);
  });

  it('lists who needs the briefing', () => {
    const text = 'Ana|34|y|\nBen|41|y|asthma\n\nCat|12|y|\nDev|29|n|';
    assert.deepEqual(briefingList(text), ['Ben', 'Cat', 'Dev']);
  });

  it('refuses a waiver without an age', () => {
    assert.throws(() => parseWaiver('Eve||y|'), /bad waiver/);
  });
});
