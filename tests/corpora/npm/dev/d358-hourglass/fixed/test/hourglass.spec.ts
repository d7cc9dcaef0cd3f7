import assert from 'node:assert/strict';
import { afterFlip, describeGlass, flipGlass, parseDuration, runSeconds, sandFor, type Glass } from '../src/index.js';

const EGG: Glass = { label: 'egg', grams: 270, grain: 'fine' };
const TEA: Glass = { label: 'tea', grams: 450, grain: 'coarse' };

describe('timing', () => {
  it('runs a glass for its sand', () => {
    assert.equal(runSeconds(EGG), 180);
    assert.equal(runSeconds(TEA), 180);
  });

  it('reads a wanted time', () => {
    assert.equal(parseDuration('3:00'), 180);
    assert.equal(parseDuration('1:30'), 90);
  });

  it('weighs the sand for a wanted time', () => {
    assert.equal(sandFor('1:30', 'fine'), 135);
    assert.equal(sandFor('0:45', 'coarse'), 113);
  });

  it('describes a glass', () => {
    assert.equal(describeGlass({ label: 'shot', grams: 60, grain: 'fine' }), 'shot: 40 s');
    assert.equal(describeGlass(EGG), 'egg: 3:00');
    assert.equal(describeGlass({ label: 'sermon', grams: 285, grain: 'fine' }), 'sermon: 3:10');
  });
});

describe('flipping', () => {
  it('runs a turned glass for as long as it had run', () => {
    assert.equal(afterFlip(180, 50), 50);
    assert.equal(afterFlip(180, 200), 180);
  });

  it('flips a glass part-way', () => {
    assert.deepEqual(flipGlass(EGG, 120), { label: 'egg', grain: 'fine', secondsLeft: 120 });
  });
});
