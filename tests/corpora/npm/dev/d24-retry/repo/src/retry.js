import { backoffDelay } from './backoff.js';

export class RetryError extends Error {
  constructor(attempts, cause) {
    super(`gave up after ${attempts} attempts: ${cause.message}`, { cause });
    this.name = 'RetryError';
    this.attempts = attempts;
  }
}

const DEFAULTS = {
  retries: 3,
  retryOn: () => true
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  onRetry: () => {},
};

/**
 * Calls `fn(attempt)` until it resolves, at most `retries` times more after the first failure,
 * sleeping between attempts. Errors that `retryOn` refuses are thrown at once, unchanged.
 */
export async function retry(fn, options = {}) {
  const { retries, retryOn, sleep, onRetry, ...backoff } = { ...DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    try {
      return fn(attempt);
    } catch (error) {
      if (!retryOn(error)) {
        throw error;
      }
      if (attempt >= retries) {
        throw new RetryError(attempt + 1, error);
      }
      const delay = backoffDelay(attempt + 1, backoff);
      onRetry({ attempt: attempt + 1, delay, error });
      await sleep(delay);
    }
  }
}

/** Wraps an async function so that every call is retried with the same options. */
export function retryable(fn, options = {}) {
  return (...args) => retry(() => fn(...args), options);
}
