import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { churn, produce } from '../src/churn.js';

describe('churn', () => {
  it('turns litres of mix into kilograms of gelato', async () => {
    assert.deepEqual(await churn('pistachio', 7), { flavour: 'pistachio', kg: 6.3 });
  });

  it('refuses a batch the freezer cannot take', async () => {
    await assert.rejects(churn('pistachio', 15), /takes 1 to 12 litres, not 15/);
    await assert.rejects(churn('pistachio', 0), /not 0/);
  });

  it('churns the morning plan batch by batch, in order', async () => {
    const pans = await produce([
      ['hazelnut', 5],
      ['mango sorbet', 12],
    ]);
    assert.deepEqual(pans, [
      { flavour: 'hazelnut', kg: 4.5 },
      { flavour: 'mango sorbet', kg: 10.8 },
    ]);
  });
});
