export function sharedFibres(a, b) {
  return [...new Set(a)].filter((fibre) => b.includes(fibre));
}

export function reams(sheets) {
  return { reams: Math.floor(sheets / 500), loose: sheets % 500 };
}
