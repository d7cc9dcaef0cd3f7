import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { retry, retryable, RetryError } from '../src/index.js';

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** Fails with the given statuses in turn, then answers `value`; records every call. */
function flaky(statuses, value = 'ok') {
  const calls = [];
  const fn = async (attempt) => {
    calls.push(attempt);
    if (calls.length <= statuses.length) {
      throw new HttpError(statuses[calls.length - 1]);
    }
    return value;
  };
  return { fn, calls };
}

function recordingSleep() {
  const slept = [];
  return { slept, sleep: async (ms) => void slept.push(ms) };
}

describe('retry', () => {
  it('returns the first successful result without sleeping', async () => {
    const { fn, calls } = flaky([]);
    const { slept, sleep } = recordingSleep();
    assert.equal(await retry(fn, { sleep }), 'ok');
    assert.deepEqual(calls, [0]);
    assert.deepEqual(slept, []);
  });

  it('retries failures with growing delays', async () => {
    const { fn, calls } = flaky([503, 502]);
    const { slept, sleep } = recordingSleep();
    const retried = [];
    const onRetry = ({ attempt, delay, error }) => retried.push(`${attempt}:${delay}:${error.status}`);
    assert.equal(await retry(fn, { sleep, onRetry }), 'ok');
    assert.deepEqual(calls, [0, 1, 2]);
    assert.deepEqual(slept, [100, 200]);
    assert.deepEqual(retried, ['1:100:503', '2:200:502']);
  });

  it('gives up after the last retry with the last error as cause', async () => {
    const { fn, calls } = flaky([500, 500, 500]);
    const { sleep } = recordingSleep();
    await assert.rejects(retry(fn, { retries: 2, sleep }), (error) => {
      assert.ok(error instanceof RetryError);
      assert.equal(error.attempts, 3);
      assert.equal(error.cause.status, 500);
      assert.match(error.message, /gave up after 3 attempts: HTTP 500/);
      return true;
    });
    assert.equal(calls.length, 3);
  });

  it('does not retry errors that retryOn refuses', async () => {
    const { fn, calls } = flaky([503, 404, 503]);
    const { sleep } = recordingSleep();
    const retryOn = (error) => error.status >= 500;
    await assert.rejects(retry(fn, { retryOn, sleep }), { status: 404 });
    assert.deepEqual(calls, [0, 1]);
  });

  it('passes backoff options through', async () => {
    const { fn } = flaky([500, 500, 500]);
    const { slept, sleep } = recordingSleep();
    await retry(fn, { sleep, base: 10, factor: 10, max: 500 });
    assert.deepEqual(slept, [10, 100, 500]);
  });
});

describe('retryable', () => {
  it('retries every call of the wrapped function with its arguments', async () => {
    let failures = 1;
    const { sleep } = recordingSleep();
    const add = retryable(
      async (a, b) => {
        if (failures-- > 0) {
          throw new HttpError(429);
        }
        return a + b;
      },
      { sleep },
    );
    assert.equal(await add(2, 3), 5);
    assert.equal(await add(4, 5), 9);
  });
});
