import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dropRotten, hullsBuilt, layKeel, strakeLength } from '../src/index';
import type { Plank } from '../src/index';

describe('hulls', () => {
  it('numbers each keel laid and sets its frames', () => {
    assert.deepEqual(layKeel('Curlew', 7.2), { number: 101, name: 'Curlew', frames: 19 });
    assert.deepEqual(layKeel('Tern', 5), { number: 102, name: 'Tern', frames: 13 });
    assert.equal(hullsBuilt(), 2);
  });
});

describe('planks', () => {
  const stack = (): Plank[] => [
    { mark: 'A1', lengthM: 4.2, rot: false },
    { mark: 'A2', lengthM: 4.0, rot: true },
    { mark: 'A3', lengthM: 3.9, rot: true },
    { mark: 'A4', lengthM: 4.1, rot: false },
    { mark: 'A5', lengthM: 3.8, rot: true },
  ];

  it('takes the rotten planks off, however many lie together', () => {
    assert.deepEqual(
      dropRotten(stack()).map((plank) => plank.mark),
      ['A1', 'A4'],
    );
  });

  it('measures the strake from the sound planks', () => {
    assert.equal(Math.round(strakeLength(stack()) * 10) / 10, 8.3);
  });
});
