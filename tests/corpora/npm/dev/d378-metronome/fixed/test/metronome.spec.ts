import assert from 'node:assert/strict';
import { Metronome, barMs, beatMs, isAccent, marking } from '../src/index.js';

describe('tempo', () => {
  it('times a quarter-note beat from the tempo', () => {
    assert.equal(beatMs(120), 500);
    assert.equal(beatMs(90), 2000 / 3);
  });

  it('times beats on other notes in proportion', () => {
    assert.equal(beatMs(120, 8), 250);
    assert.equal(beatMs(120, 2), 1000);
  });

  it('names the tempo', () => {
    assert.equal(marking(50), 'largo');
    assert.equal(marking(100), 'andante');
    assert.equal(marking(120), 'allegro');
    assert.equal(marking(200), 'presto');
  });
});

describe('bars', () => {
  it('accents the first beat of every bar', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((beat) => isAccent(beat, 3)),
      [true, false, false, true, false, false],
    );
  });

  it('times a bar', () => {
    assert.equal(barMs(3, 120), 1500);
    assert.equal(barMs(6, 120, 8), 1500);
  });
});

describe('metronome', () => {
  it('ticks with the accent on the downbeat', () => {
    const m = new Metronome(120, 4);
    const ticks = m.ticks(5);
    assert.deepEqual(
      ticks.map((t) => t.accent),
      [true, false, false, false, true],
    );
    assert.deepEqual(
      ticks.map((t) => t.atMs),
      [0, 500, 1000, 1500, 2000],
    );
  });

  it('starts again from the downbeat after a reset', () => {
    const m = new Metronome(60, 3, 8);
    m.ticks(2);
    m.reset();
    assert.deepEqual(m.tick(), { beat: 0, accent: true, atMs: 0 });
    assert.equal(m.tick().atMs, 500);
  });
});
