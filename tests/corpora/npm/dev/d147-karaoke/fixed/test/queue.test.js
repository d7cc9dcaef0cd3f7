import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLength, SongQueue, status } from '../src/queue.js';

function tonight() {
  const queue = new SongQueue();
  queue.signUp('Ama', 'Dancing Queen', '3:51');
  queue.signUp('Ben', 'Wonderwall', '4:18');
  queue.signUp('Ama', 'Valerie', '3:39');
  queue.signUp('Cho', 'Africa', '4:55');
  queue.signUp('Ben', 'Mr. Brightside', '3:42');
  return queue;
}

describe('queue', () => {
  it('reads song lengths', () => {
    assert.equal(parseLength('3:51'), 231);
    assert.equal(parseLength('10:05'), 605);
  });

  it('lets everyone sing once before anyone sings again', () => {
    assert.deepEqual(tonight().order(), [
      'Ama: Dancing Queen',
      'Ben: Wonderwall',
      'Cho: Africa',
      'Ama: Valerie',
      'Ben: Mr. Brightside',
    ]);
  });

  it('tells a singer how long the wait is', () => {
    const queue = tonight();
    assert.equal(queue.waitFor('Cho'), 231 + 60 + 258 + 60);
    assert.equal(queue.waitFor('Dee'), null);
    assert.equal(queue.next().singer, 'Ama');
    assert.equal(queue.waitFor('Ama'), 258 + 60 + 295 + 60);
  });

  it('says where a singer stands', () => {
    assert.equal(status(0), 'on stage');
    assert.equal(status(1), 'up next');
    assert.equal(status(4), '4 songs to go');
  });
});
