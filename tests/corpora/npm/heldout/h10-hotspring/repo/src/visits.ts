import type { Pool } from './pools.js';

const DEFAULT_SOAK = 20;
const COOL_DOWN = 5;

export function soakMinutes(pool: Pool): number {
  const limit = Math.min(pool.maxMinutes, DEFAULT_SOAK);
  return limit;
}

export function visitMinutes(pools: Pool[]): number {
  return pools.reduce((sum, pool) => sum + limit + COOL_DOWN, 0);
}
