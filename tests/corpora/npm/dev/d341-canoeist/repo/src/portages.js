export const PORTAGES = Object.freeze([
  { name: 'Builth weir', metres: 120 },
  { name: 'Hay bridge', metres: 40 },
  { name: 'Glasbury', metres: 300 },
]);

export function longestFirst() {
  return PORTAGES.sort((a, b) => b.metres - a.metres);
}

export function carryMetres(names) {
  return PORTAGES.filter((p) => names.includes(p.name)).reduce((sum, p) => sum + p.metres, 0);
}
