import assert from 'node:assert/strict';
import { keeperName, largest, rationGrams, Stage, tanksOnRota } from '../src/index.js';
import type { Tank } from '../src/index.js';

const TANKS: Tank[] = [
  { id: 'T1', stage: Stage.Fry, count: 5000, avgGrams: 1.5, keeper: { first: 'Morag', last: 'Innes' } },
  { id: 'T2', stage: Stage.Smolt, count: 1200, avgGrams: 42, keeper: { first: 'Ewan', middle: 'James', last: 'Ross' } },
  { id: 'T3', stage: Stage.Alevin, count: 9000, avgGrams: 0.2, keeper: { first: 'Isla', last: 'Grant' } },
];

describe('tanks', () => {
  it('feeds a share of the body weight by stage', () => {
    assert.equal(rationGrams(TANKS[0]), 300);
    assert.equal(rationGrams(TANKS[1]), 1008);
    assert.equal(rationGrams(TANKS[2]), 0);
  });

  it('finds the tank with the most fish', () => {
    assert.equal(largest(TANKS, (tank) => tank.count)?.id, 'T3');
    assert.equal(largest([], (tank: Tank) => tank.count), undefined);
  });

  it('lists the tanks on the rota that still exist', () => {
    assert.deepEqual(
      tanksOnRota(TANKS, ['T2', 'T9', 'T1']).map((tank) => tank.id),
      ['T2', 'T1'],
    );
  });

  it('writes a keeper\'s full name', () => {
    assert.equal(keeperName(TANKS[0].keeper), 'Morag Innes');
    assert.equal(keeperName(TANKS[1].keeper), 'Ewan James Ross');
  });
});
