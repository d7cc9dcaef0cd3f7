export function combined(...pools) {
  return pools.flatMap((pool) => pool.creatures);
}

export function chosen(pools, query) {
  const wanted = query.split(',').map(Number);
  return pools.filter((pool) => wanted.includes(pool.id)).map((pool) => pool.name);
}
