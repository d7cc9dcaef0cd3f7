const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { key } = require('../src/cells');
const { CONWAY, parseRule, neighbourCounts, step, run, period } = require('../src/life');

// A board from rows of text, '#' alive.
function board(...rows) {
  const cells = new Set();
  rows.forEach((row, y) => Array.from(row).forEach((ch, x) => ch === '#' && cells.add(key(x, y))));
  return cells;
}

const sorted = (cells) => [...cells].sort();

describe('life', () => {
  it('counts all eight neighbours', () => {
    const counts = neighbourCounts(board('#'));
    assert.equal(counts.size, 8);
    assert.equal(counts.get('-1,-1'), 1);
    assert.equal(counts.get('1,1'), 1);
    assert.equal(counts.get('0,1'), 1);
    assert.equal(counts.has('0,0'), false);
    assert.equal(neighbourCounts(board('###')).get('1,1'), 3);
  });

  it('reads rules', () => {
    assert.deepEqual(parseRule('B3/S23'), CONWAY);
    assert.deepEqual(parseRule(' b36/s23 '), { born: [3, 6], survives: [2, 3] });
    assert.deepEqual(parseRule('B/S'), { born: [], survives: [] });
    assert.throws(() => parseRule('B9/S23'), /not a life rule/);
  });

  it('lets a lone cell and a pair die', () => {
    assert.equal(step(board('#')).size, 0);
    assert.equal(step(board('##')).size, 0);
  });

  it('turns a blinker and keeps a block', () => {
    assert.deepEqual(sorted(step(board('...', '###', '...'))), sorted(board('.#.', '.#.', '.#.')));
    assert.equal(period(board('...', '###', '...')), 2);
    assert.deepEqual(sorted(step(board('##', '##'))), sorted(board('##', '##')));
    assert.equal(period(board('##', '##')), 1);
    assert.equal(period(board('.##.', '#..#', '.##.')), 1);
  });

  it('moves a glider one cell diagonally every four generations', () => {
    const glider = board('.#.', '..#', '###');
    const later = run(glider, 4);
    assert.deepEqual(sorted(later), sorted(board('....', '..#.', '...#', '.###')));
    assert.equal(period(glider, 12), null);
    assert.deepEqual(sorted(run(glider, 0)), sorted(glider));
  });

  it('follows another rule when given one', () => {
    const highLife = parseRule('B36/S23');
    // a cell with six live neighbours is born under HighLife and not under Conway's rule
    const six = board('###', '...', '###');
    assert.equal(step(six).has('1,1'), false);
    assert.equal(step(six, highLife).has('1,1'), true);
  });
});
