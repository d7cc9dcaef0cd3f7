import { describe, expect, it } from 'vitest';
import { runAll } from '../src/scheduler';
import { retry } from '../src/retry';

const delay = (ms: number, value: number) => () => new Promise<number>((resolve) => setTimeout(() => resolve(value), ms));

describe('runAll', () => {
  it('keeps the order of the tasks', async () => {
    expect(await runAll([delay(20, 1), delay(5, 2), delay(10, 3)], 2)).toEqual([1, 2, 3]);
  });

  it('runs at most limit tasks at a time', async () => {
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return peak;
    };
    await runAll([task, task, task, task, task], 2);
    expect(peak).toBe(2);
  });
});

describe('retry', () => {
  it('retries until the task succeeds', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) {
        throw new Error('not yet');
      }
      return 'done';
    };
    expect(await retry(flaky, 3)).toBe('done');
  });

  it('gives up after the last attempt', async () => {
    await expect(retry(async () => { throw new Error('never'); }, 2)).rejects.toThrow('never');
  });
});
