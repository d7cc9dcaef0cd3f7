// Each capture of a ringed bird gives the date, its weight in grams and its wing length in mm.
export function byDate(captures) {
  return [...captures].sort((a, b) => a.date.localeCompare(b.date));
}

// How the bird's weight changed from its first capture to its last.
export function weightChange(captures) {
  const ordered = byDate(captures);
  if (ordered.length < 2) return 0;
  return Math.round((ordered[ordered.length - 1].grams - ordered[0].grams) * 10) / 10;
}

export function wingRange(captures) {
  const wings = captures.map((capture) => capture.wingMm);
  return { min: Math.min(...wings), max: Math.max(...wings) };
}

// A capture sheet is a block of 'field: value' lines, in whatever order the ringer wrote them.
export function sheetNotes(sheet) {
  const match = sheet.match(/^notes: (.*)$/m);
  return match === null ? '' : match[1].trim();
}
