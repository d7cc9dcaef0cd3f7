import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reading } from '../src/index.js';

describe('fortune teller', () => {
  it('reads a number from the name, whatever its case', () => {
    assert.equal(reading('Ada', 10).number, 6);
    assert.equal(reading('ADA', 10).number, 6);
    assert.equal(reading('bea', 10).number, 8);
  });

  it('turns the card the number points at', () => {
    assert.equal(reading('Ada', 10).card, 'The Fool');
    assert.equal(reading('Bea', 10).card, 'The Star');
  });

  it('charges by the minute, from five minutes to thirty', () => {
    assert.equal(reading('Ada', 10).pence, 500);
    assert.equal(reading('Ada', 2).pence, 250);
    assert.equal(reading('Ada', 45).pence, 1500);
  });
});
