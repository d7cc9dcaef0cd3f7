const { Hunt, clueText, cluesLeft } = require('../src');

describe('a treasure hunt', () => {
  test('counts each square walked over once', () => {
    const hunt = new Hunt('orchard').walk(0, 0).walk(0, 1).walk(0, 0).walk(1, 1);
    expect(hunt.squaresVisited()).toBe(3);
  });

  test('gives every hunt an id of its own', () => {
    expect(new Hunt('a').id).not.toBe(new Hunt('b').id);
  });

  test('reads the clues', () => {
    expect(clueText('well', false)).toBe('well: Down where the bucket hangs');
    expect(clueText('oak', true)).toBe('oak: found');
    expect(clueText('barn', false)).toBe('barn: no clue here');
  });

  test('lists the clues still to find', () => {
    expect(cluesLeft(['oak'])).toEqual([
      'well: Down where the bucket hangs',
      'gate: Between the posts that never close',
    ]);
  });
});
