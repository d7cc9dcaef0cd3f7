import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byZone, floodDepth, nearHighWater, parseCount } from '../src';

const COUNTS = [
  'redshank; 14; 06:10; 0',
  'dunlin; 120; 06:55; 1',
  'curlew; 3; 08:30; 0',
  'dunlin; 40; 07:20; 2',
].map(parseCount);

const HIGH = { time: '06:40', heightM: 4.35 };

describe('saltmarsh', () => {
  it('reads a count line into its fields', () => {
    assert.deepEqual(COUNTS[1], { species: 'dunlin', birds: 120, at: '06:55', zone: 1 });
  });

  it('files each count under its own zone', () => {
    const lists = byZone(COUNTS, 3);
    assert.deepEqual(
      lists.map((list) => list.map((count) => count.species)),
      [['redshank', 'curlew'], ['dunlin'], ['dunlin']],
    );
  });

  it('keeps the counts made within the window around high water', () => {
    assert.deepEqual(
      nearHighWater(COUNTS, HIGH, 40).map((count) => count.at),
      ['06:10', '06:55', '07:20'],
    );
  });

  it('measures how deep the tide stands over the marsh', () => {
    assert.equal(floodDepth(HIGH, 3.9), 0.45);
    assert.equal(floodDepth(HIGH, 4.5), 0);
  });
});
