import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Bird, parseRing } from '../src/rings.js';

describe('rings', () => {
  it('reads the scheme and the serial', () => {
    assert.deepEqual(parseRing('gb-ab1234'), { scheme: 'GB', serial: 'AB1234' });
    assert.deepEqual(parseRing(' IE-K56789 '), { scheme: 'IE', serial: 'K56789' });
  });

  it('refuses a scheme it does not know', () => {
    assert.throws(() => parseRing('GBR-AB1234'), /not a ring/);
    assert.throws(() => parseRing('FIE-AB1234'), /not a ring/);
    assert.throws(() => parseRing('GB-1234'), /not a ring/);
  });

  it('keeps the captures of a bird', () => {
    const robin = new Bird('GB-AB1234', 'Robin');
    assert.equal(robin.lastCapture, null);
    robin.addCapture({ date: '2025-03-02', grams: 18.2 });
    robin.addCapture({ date: '2025-04-11', grams: 19.1 });
    assert.deepEqual(robin.lastCapture, { date: '2025-04-11', grams: 19.1 });
  });
});
