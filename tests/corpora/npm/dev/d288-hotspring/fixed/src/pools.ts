export interface Pool {
  name: string;
  celsius: number;
  maxMinutes: number;
}

export class Springs {
  static readonly SAFE_CELSIUS = 40;
  readonly pools: Pool[];

  constructor(pools: Pool[]) {
    // a copy, so that the caller's list may change without changing the springs
    this.pools = [...pools];
  }

  bathable(): Pool[] {
    return this.pools.filter((pool) => pool.celsius <= Springs.SAFE_CELSIUS);
  }

  sign(pool: Pool): { name: string; limit: string } {
    return {
      name: pool.name,
      limit: pool.maxMinutes === Infinity ? 'no limit' : `${pool.maxMinutes} min`,
    };
  }
}
