import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lastBurn, loadBurns, yieldPercent } from '../src/burns.js';

const SHEET = new URL('./burns.csv', import.meta.url);

describe('burns', () => {
  it('reads the burn sheet', async () => {
    const burns = await loadBurns(SHEET);
    assert.deepEqual(
      burns.map((burn) => [burn.kiln, yieldPercent(burn)]),
      [
        ['north', 22],
        ['south', 20],
      ],
    );
  });

  it('finds the last burn', async () => {
    assert.equal((await lastBurn(SHEET)).date, '2026-04-09');
  });
});
