import assert from 'node:assert/strict';
import { WatchLog, expectedRate, shower } from '../src/index.js';

describe('meteorwatch', () => {
  it('finds a shower by its name', () => {
    assert.equal(shower('Geminids')?.zhr, 150);
    assert.equal(shower('Leonids'), undefined);
    assert.equal(shower('Perseids')?.name, 'Perseids');
  });

  it('expects fewer meteors the lower the radiant', () => {
    const perseids = shower('Perseids')!;
    const geminids = shower('Geminids')!;
    assert.equal(expectedRate(perseids, 52), 99);
    assert.equal(expectedRate(geminids, 52), 142);
  });

  it('logs the night and its brightest meteor', () => {
    const log = new WatchLog();
    log.add({ kind: 'satellite', name: 'ISS' });
    log.add({ kind: 'meteor', shower: 'Perseids', magnitude: 2 });
    assert.equal(log.add({ kind: 'meteor', shower: 'Perseids', magnitude: -1 }), 3);
    assert.equal(log.meteors(), 2);
    assert.equal(log.brightest(), -1);
    assert.equal(new WatchLog().brightest(), null);
  });
});
