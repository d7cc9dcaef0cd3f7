export function label(creature) {
  return `${creature.name} (${creature.count})`;
}

export function meanLengthMm(creatures) {
  const measured = creatures.filter((creature) => creature.lengthMm > 0);
  if (measured.length === 0) return 0;
  const total = measured.reduce((sum, creature) => sum + creature.lengthMm, 0);
  return Math.round((total / measured.length) * 10) / 10;
}

export function card(pool) {
  return [pool.name, ...pool.creatures.map(label), `mean ${meanLengthMm(pool.creatures)} mm`].join('\n');
}
