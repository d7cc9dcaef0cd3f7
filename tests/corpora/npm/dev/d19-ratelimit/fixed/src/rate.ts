const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600 };

export interface Rate {
  capacity: number;
  refillPerSecond: number;
}

/** Parses "10/minute" into a bucket of 10 tokens refilled at 10 per minute. */
export function parseRate(text: string): Rate {
  const match = /^\s*(\d+)\s*\/\s*(second|minute|hour)\s*$/.exec(text);
  if (!match) {
    throw new Error(`invalid rate: ${JSON.stringify(text)}`);
  }
  const capacity = Number(match[1]);
  if (capacity === 0) {
    throw new Error('a rate needs at least one request');
  }
  return { capacity, refillPerSecond: capacity / SECONDS[match[2]] };
}
