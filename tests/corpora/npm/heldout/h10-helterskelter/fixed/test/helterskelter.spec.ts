import assert from 'node:assert/strict';
import { board, fastest, handOut, isMatSize, type Slide } from '../src/index.js';

const slides: Slide[] = [
  { rider: 'Ann', seconds: 14 },
  { rider: 'Ben', seconds: 11 },
  { rider: 'Cat', seconds: 12 },
  { rider: 'Dan', seconds: 16 },
  { rider: 'Eve', seconds: 13 },
];

describe('helter skelter', () => {
  it('finds the fastest slide', () => {
    assert.equal(fastest(slides)?.rider, 'Ben');
    assert.equal(fastest([]), undefined);
  });

  it('shows the three most recent slides', () => {
    assert.deepEqual(board(slides), ['Cat 12s', 'Dan 16s', 'Eve 13s']);
  });

  it('hands out mats of the sizes it has', () => {
    assert.deepEqual(handOut(['adult', 'giant', 'child']), ['adult', 'child']);
    assert.equal(isMatSize('giant'), false);
  });
});
