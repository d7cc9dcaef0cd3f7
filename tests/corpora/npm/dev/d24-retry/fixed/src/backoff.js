/**
 * The delay before retry number `attempt` (1 for the first retry): exponential from `base`,
 * capped at `max`, and with "full jitter" (a random delay up to that) when asked, so that many
 * clients failing together do not all come back at the same moment.
 */
export function backoffDelay(attempt, { base = 100, factor = 2, max = 10_000, jitter = false, random = Math.random } = {}) {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a positive integer, not ${attempt}`);
  }
  const exponential = Math.min(max, base * factor ** (attempt - 1));
  return jitter ? Math.round(random() * exponential) : exponential;
}

/** Every delay a caller would wait with these options, for logs and documentation. */
export function schedule(retries, options = {}) {
  return Array.from({ length: retries }, (_, i) => backoffDelay(i + 1, options));
}
