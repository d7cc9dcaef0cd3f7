export function sharedFibres(a, b) {
  return [...new Set(a).intersection(new Set(b))];
}

export function reams(sheets) {
  return { reams: Math.floor(sheets / 500), loose: sheets % 500 };
}
