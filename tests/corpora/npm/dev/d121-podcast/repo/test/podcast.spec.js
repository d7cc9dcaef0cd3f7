import assert from 'node:assert/strict';
import { formatDuration, label, listeningTime, longest, loadShows, markPlayed, parseDuration, showBySlug, summarize, upNext } from '../src/index.js';

const QUEUE = [
  { number: 41, title: 'Lighthouse keepers', duration: '52:30' },
  { number: 42, title: 'The last ferry', duration: '1:04:05' },
  { number: 43, title: 'Pirate radio', duration: '38:10' },
];

describe('episodes', () => {
  it('reads both duration formats', () => {
    assert.equal(parseDuration('52:30'), 3150);
    assert.equal(parseDuration('1:04:05'), 3845);
  });

  it('writes hours only when there are some', () => {
    assert.equal(formatDuration(3845), '1:04:05');
    assert.equal(formatDuration(3150), '52:30');
  });

  it('labels an episode with its number', () => {
    assert.equal(label(QUEUE[1]), 'Episode 42: The last ferry');
  });

  it('finds the longest episode', () => {
    assert.equal(longest(QUEUE), 3845);
    assert.equal(longest([]), 0);
  });

  it('summarizes the queue in whole minutes', () => {
    assert.deepEqual(summarize(QUEUE), [
      { title: 'Lighthouse keepers', minutes: 53 },
      { title: 'The last ferry', minutes: 64 },
      { title: 'Pirate radio', minutes: 38 },
    ]);
  });
});

describe('queue', () => {
  it('shows what is next and leaves the queue alone', () => {
    const queue = [...QUEUE];
    assert.deepEqual(upNext(queue, 2).map((episode) => episode.number), [41, 42]);
    assert.deepEqual(upNext(queue, 2).map((episode) => episode.number), [41, 42]);
    assert.equal(queue.length, 3);
  });

  it('counts the listening time at a faster speed', () => {
    assert.equal(listeningTime(QUEUE), 9285);
    assert.equal(listeningTime(QUEUE, 1.5), 6190);
  });

  it('drops a played episode', () => {
    assert.deepEqual(markPlayed(QUEUE, 'The last ferry').map((episode) => episode.number), [41, 43]);
  });
});

describe('catalog', () => {
  it('loads the shows shipped with the module', () => {
    const shows = loadShows();
    assert.equal(shows.length, 2);
    assert.equal(showBySlug(shows, 'slow-radio').host, 'Colm Breen');
  });

  it('refuses a show it does not know', () => {
    assert.throws(() => showBySlug(loadShows(), 'morning-news'), /no show called morning-news/);
  });
});
