const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { parse, render, translate } = require('../src/pattern');
const { key, bounds } = require('../src/cells');

describe('patterns', () => {
  it('parses live cells by column and row', () => {
    const cells = parse('\n.#.\n..#\n###\n');
    assert.deepEqual([...cells].sort(), ['0,2', '1,0', '1,2', '2,1', '2,2']);
    assert.equal(parse('O*#').size, 3);
    assert.equal(parse('...').size, 0);
    assert.throws(() => parse('.#\n.x'), /unexpected 'x' at row 2, column 2/);
  });

  it('renders the bounding box only', () => {
    const cells = new Set([key(5, 7), key(7, 8)]);
    assert.deepEqual(bounds(cells), { minX: 5, minY: 7, maxX: 7, maxY: 8 });
    assert.equal(render(cells), '#..\n..#');
    assert.equal(render(new Set()), '');
    assert.equal(bounds(new Set()), null);
    assert.equal(render(parse('..#.\n.##.\n....')), '.#\n##');
  });

  it('translates without changing the shape', () => {
    const glider = parse('.#.\n..#\n###');
    const moved = translate(glider, 3, -2);
    assert.equal(render(moved), render(glider));
    assert.deepEqual(bounds(moved), { minX: 3, minY: -2, maxX: 5, maxY: 0 });
  });
});
