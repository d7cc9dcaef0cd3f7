export interface Pool {
  name: string;
  celsius: number;
  maxMinutes: number;
}

export class Springs {
  static readonly SAFE_CELSIUS = 40;

  constructor(readonly pools: Pool[]) {}

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
