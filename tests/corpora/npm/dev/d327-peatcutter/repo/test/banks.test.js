import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bankRecord, dayCut, daysToCut } from '../src/banks.js';

const BANK = { name: 'Lough Shore', lengthM: 9, depthM: 1.2 };

describe('banks', () => {
  it('counts the turves of a day cut back one spade', () => {
    assert.equal(dayCut(BANK), 900);
  });

  it('works out the days a stack of turves takes to cut', () => {
    assert.equal(daysToCut(BANK, 2000), 3);
    assert.deepEqual(bankRecord(BANK, 1800), { bank: 'Lough Shore', turves: 1800, days: 2 });
  });
});
