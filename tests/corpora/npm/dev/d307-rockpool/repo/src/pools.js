export function combined() {
  return Array.from(arguments).flatMap((pool) => pool.creatures);
}

export function chosen(pools, query) {
  const wanted = query.split(',');
  return pools.filter((pool) => wanted.includes(pool.id)).map((pool) => pool.name);
}
