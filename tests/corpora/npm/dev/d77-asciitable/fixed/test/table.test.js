const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { cellText, pad, parseText, render, truncate } = require('../src');

const PLANETS = [
  { name: 'Mercury', moons: 0, radius: 2439.7 },
  { name: 'Jupiter', moons: 95, radius: 69911 },
  { name: 'Neptune', moons: 16, radius: 24622 },
];

describe('cells', () => {
  it('are written as text', () => {
    assert.equal(cellText(69911), '69,911');
    assert.equal(cellText(null), '');
    assert.equal(cellText('x'), 'x');
  });

  it('are cut with an ellipsis', () => {
    assert.equal(truncate('Neptune', 7), 'Neptune');
    assert.equal(truncate('Neptune', 5), 'Nept\u2026');
    assert.equal(truncate('Neptune', 5).length, 5);
  });

  it('are padded to the column width', () => {
    assert.equal(pad('ab', 5, 'left'), 'ab   ');
    assert.equal(pad('ab', 5, 'right'), '   ab');
    assert.equal(pad('ab', 5, 'center'), ' ab  ');
  });
});

describe('tables', () => {
  it('are drawn with borders, numbers to the right', () => {
    const text = render(PLANETS, [{ key: 'name', title: 'Planet' }, { key: 'moons' }, { key: 'radius', title: 'km' }]);
    assert.equal(
      text,
      [
        '+---------+-------+---------+',
        '| Planet  | moons |   km    |',
        '+---------+-------+---------+',
        '| Mercury |     0 | 2,439.7 |',
        '| Jupiter |    95 |  69,911 |',
        '| Neptune |    16 |  24,622 |',
        '+---------+-------+---------+',
      ].join('\n'),
    );
  });

  it('cut long cells to their column\'s maximum', () => {
    const text = render(PLANETS.slice(0, 1), [{ key: 'name', max: 4, align: 'right' }]);
    assert.equal(text.split('\n')[3], '| Mer\u2026 |');
  });

  it('are read back from plain text', () => {
    const rows = parseText(`
      name     moons  note
      Mars     2      red planet
      Venus    0
    `);
    assert.deepEqual(rows, [
      { name: 'Mars', moons: 2, note: 'red planet' },
      { name: 'Venus', moons: 0, note: null },
    ]);
  });
});
