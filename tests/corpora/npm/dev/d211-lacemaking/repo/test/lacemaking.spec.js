import assert from 'node:assert/strict';
import { parseCode, readPattern, Thread, threadNeeded } from '../src/index.js';

describe('pattern codes', () => {
  it('reads the ground and the number', () => {
    assert.deepEqual(parseCode(' t.12 '), { ground: 'torchon', number: 12 });
    assert.deepEqual(parseCode('B.7'), { ground: 'bucks point', number: 7 });
  });

  it('refuses a code without its dot', () => {
    assert.throws(() => parseCode('T 12'), /not a pattern code/);
    assert.throws(() => parseCode('M-40'), /not a pattern code/);
  });
});

describe('patterns', () => {
  it('reads a pattern sheet', () => {
    assert.deepEqual(readPattern('{"code":"M.40","pairs":18}'), { ground: 'milanese', number: 40, pairs: 18 });
  });

  it('works out the thread a pattern needs', () => {
    const linen = new Thread('linen 80/2', 250);
    const pattern = readPattern('{"code":"T.3","pairs":14}');
    assert.deepEqual(threadNeeded(pattern, linen, 3.5), { thread: 'linen 80/2 on 250 m reels', metres: 126, reels: 1 });
    assert.deepEqual(threadNeeded({ pairs: 32 }, linen, 2), { thread: 'linen 80/2 on 250 m reels', metres: 192, reels: 1 });
    assert.equal(threadNeeded({ pairs: 40 }, linen, 3).reels, 2);
  });
});
