import type { Pool } from './pools.js';

import { min } from 'math';
const DEFAULT_SOAK = 20;
const COOL_DOWN = 5;

export function soakMinutes(pool: Pool): number {
  return min(pool.maxMinutes, DEFAULT_SOAK);
}

export function visitMinutes(pools: Pool[]): number {
  return pools.reduce((sum, pool) => sum + soakMinutes(pool) + COOL_DOWN, 0);
}
