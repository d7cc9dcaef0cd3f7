import assert from 'node:assert/strict';
import { weighAll } from '../src/scale.js';

describe('scale', () => {
  it('reports the weight each wheel lost, the largest loss first', async () => {
    const readings = { Brie: 2.52, Comte: 38.8 };
    const scale = { weigh: (name) => new Promise((resolve) => setTimeout(() => resolve(readings[name]), 5)) };
    const lost = await weighAll(
      [
        { name: 'Comte', kg: 40 },
        { name: 'Brie', kg: 2.8 },
      ],
      scale,
    );
    assert.deepEqual(lost, [
      { name: 'Brie', lossPercent: 10 },
      { name: 'Comte', lossPercent: 3 },
    ]);
  });
});
