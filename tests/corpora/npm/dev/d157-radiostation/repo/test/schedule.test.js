import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clock, runningTime } from '../src/playlist.js';
import { Schedule } from '../src/schedule.js';

const LENGTHS = { 'harbour.flac': 215, 'gulls.flac': 187.6, 'tide.flac': 241 };
const probe = (track) => new Promise((resolve) => setTimeout(() => resolve(LENGTHS[track]), 3));

describe('playlists', () => {
  it('adds up the probed lengths', async () => {
    assert.deepEqual(await runningTime(['harbour.flac', 'gulls.flac', 'tide.flac'], probe), {
      seconds: 643.6,
      clock: '10:44',
    });
    assert.equal(clock(59.6), '1:00');
  });

  it('gives up on a probe that hangs', async () => {
    const hangs = () => new Promise(() => {});
    await assert.rejects(runningTime(['harbour.flac'], hangs, 20), /probe timed out: harbour.flac/);
  });
});

describe('schedule', () => {
  const day = () =>
    new Schedule()
      .book({ title: 'Breakfast', start: 6, end: 10 })
      .book({ title: 'Drive', start: 16, end: 19 })
      .book({ title: 'Late Jazz', start: 22, end: 24 });

  it('says what is on air', () => {
    const schedule = day();
    assert.equal(schedule.onAir(6), 'Breakfast');
    assert.equal(schedule.onAir(10), 'sustaining service');
    assert.equal(schedule.onAir(23), 'Late Jazz');
  });

  it('refuses clashes and impossible hours', () => {
    assert.throws(() => day().book({ title: 'Phone-in', start: 9, end: 11 }), /clashes with Breakfast/);
    assert.throws(() => day().book({ title: 'Overnight', start: 23, end: 25 }), RangeError);
  });

  it('checks that a playlist fits its show', async () => {
    const tracks = Array.from({ length: 20 }, (_, i) => ['harbour.flac', 'gulls.flac', 'tide.flac'][i % 3]);
    const result = await day().fits('Late Jazz', tracks, probe);
    assert.equal(result.fits, true);
    assert.equal(Math.round(result.spare), 1736);
  });
});
