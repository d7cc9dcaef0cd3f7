const assert = require('node:assert/strict');
const { Carillon, rounds, plainHunt, touch, ringTouch } = require('../src');

describe('carillon', () => {
  it('strikes the bells a row names', () => {
    const carillon = new Carillon(['C', 'D', 'E']);
    const struck = [];
    carillon.on('strike', (bell) => struck.push(bell));
    carillon.ring([1, 3, 2]);
    assert.deepEqual(struck, ['C', 'E', 'D']);
    assert.throws(() => carillon.ring([4]), /no bell 4/);
  });

  it('hunts four bells back to rounds', () => {
    const rows = plainHunt(4);
    assert.equal(rows.length, 8);
    assert.deepEqual(rows[1], [2, 1, 4, 3]);
    assert.deepEqual(rows[7], [1, 3, 2, 4]);
    assert.deepEqual(rows[0], rounds(4));
  });

  it('rings a touch of two leads', () => {
    assert.equal(touch(4, 2).length, 16);
    const carillon = new Carillon(['C', 'D', 'E', 'F']);
    assert.equal(ringTouch(carillon, 2), 16);
    assert.equal(carillon.rung.length, 64);
  });
});
