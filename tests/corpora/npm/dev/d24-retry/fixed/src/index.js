export { backoffDelay, schedule } from './backoff.js';
export { retry, retryable, RetryError } from './retry.js';
