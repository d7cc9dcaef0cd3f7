// The label on the set's envelope: one line per string, the wound ones marked.
export function stringLabel({ note, coreMm, wrapMm }) {
  const gauge = `${note} ${coreMm.toFixed(2)} mm`;
  // Only the wound strings need telling apart: a plain one is its gauge alone.
  return wrapMm ? gauge + ' (wound)' : gauge;
}

export function envelope(set) {
  return [`${set.code} ${set.name}`, ...set.strings.map(stringLabel)].join('\n');
}
