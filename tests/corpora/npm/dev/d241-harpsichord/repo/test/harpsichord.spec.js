import assert from 'node:assert/strict';
import { Register, firstReadable, parsePitch, toRestring, transpose } from '../src/index.js';

describe('pitch', () => {
  it('reads a pitch and the decimals it was written with', () => {
    assert.deepEqual(parsePitch('415.3 Hz'), { hz: 415.3, decimals: 1 });
    assert.deepEqual(parsePitch(' 440 Hz'), { hz: 440, decimals: 0 });
  });

  it('transposes by semitones', () => {
    assert.equal(transpose('440 Hz', -1), '415 Hz');
    assert.equal(transpose('415.0 Hz', -2), '369.7 Hz');
  });
});

describe('strings', () => {
  const upper8 = new Register('8ft upper', [
    { note: 'C4', ok: true },
    { note: 'C#4', ok: false },
    { note: 'D4', ok: true },
    { note: 'Eb4', ok: false },
  ]);

  it('lists the notes of a register', () => {
    assert.deepEqual(upper8.notes(), ['C4', 'C#4', 'D4', 'Eb4']);
  });

  it('lists the strings to replace', () => {
    assert.deepEqual(toRestring(upper8), ['8ft upper C#4', '8ft upper Eb4']);
  });
});

describe('tuning files', () => {
  it('takes the first that reads', () => {
    assert.deepEqual(firstReadable(['{"temperament": "Werck', '{"temperament": "Vallotti"}']), {
      temperament: 'Vallotti',
    });
  });

  it('says why none could be read', () => {
    assert.throws(() => firstReadable(['', 'meantone']), /no readable tuning \(Unexpected token/);
  });
});
