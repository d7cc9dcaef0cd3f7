const assert = require('node:assert/strict');
const { PressRun, batchLabel, parseRun, poorRuns } = require('../src');

describe('press runs', () => {
  it('reads a run from the press book', () => {
    const run = parseRun('Dabinett, 420, 273');
    assert.deepEqual({ ...run }, { variety: 'Dabinett', kg: 420, litres: 273, yieldPercent: 65 });
  });

  it('keeps the yield in step with a corrected reading', () => {
    const run = new PressRun('Kingston Black', 300, 180);
    run.litres = 195;
    assert.equal(run.yieldPercent, 65);
  });
});

describe('batches', () => {
  it('names a batch of one variety for it', () => {
    assert.equal(batchLabel(['Dabinett, 420, 273', 'Dabinett, 380, 250']), '523 l, single variety (Dabinett)');
  });

  it('names a batch of several varieties a blend', () => {
    assert.equal(batchLabel(['Dabinett, 420, 273', 'Yarlington Mill, 200, 124']), '397 l, blend of 2');
  });

  it('finds the runs that gave too little juice', () => {
    assert.deepEqual(poorRuns(['Dabinett, 420, 273', 'Yarlington Mill, 200, 112'], 60), ['Yarlington Mill 56%']);
  });
});
