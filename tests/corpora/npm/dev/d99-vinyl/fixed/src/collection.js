const { FACTOR, atLeast, parseGrade } = require('./grades');

// One record a line: 'Artist - Title (Year) [Genre] GRADE guide', the guide price in pounds for Near Mint.
const LINE = /^(.+?) - (.+) \((\d{4})\) \[(.+)\] (\S+) (\d+(?:\.\d+)?)$/;

function parseRecord(line) {
  const m = LINE.exec(line.trim());
  if (!m) throw new Error(`cannot read: ${line}`);
  const [, artist, title, year, genre, grade, guide] = m;
  return { artist, title, year: Number(year), genre, grade: parseGrade(grade), guide: Number(guide) };
}

function tryParse(line) {
  try {
    return parseRecord(line);
  } catch {
    return null;
  }
}

// Blank lines and '#' comments are skipped; a line that cannot be read stops a strict read and is left out otherwise.
function readCollection(text, { strict = true } = {}) {
  const lines = text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  return strict ? lines.map(parseRecord) : lines.map(tryParse).filter(Boolean);
}

function valueOf(record) {
  return Math.round(record.guide * FACTOR[record.grade]);
}

function collectionValue(records) {
  return records.reduce((sum, record) => sum + valueOf(record), 0);
}

// [genre, records] pairs, the largest genre first, equal ones by name.
function genres(records) {
  const counts = new Map();
  for (const record of records) counts.set(record.genre, (counts.get(record.genre) || 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function decadeOf(year) {
  return `${Math.floor(year / 10) * 10}s`;
}

function byDecade(records) {
  const out = {};
  for (const record of records) (out[decadeOf(record.year)] ||= []).push(record.title);
  return out;
}

// The copies that answer a want: the same artist and title, graded at least as asked.
function findWanted(records, want) {
  return records.filter((r) => r.artist === want.artist && r.title === want.title && atLeast(r.grade, want.minGrade));
}

function summary(records) {
  const top = genres(records)[0];
  return { records: records.length, value: collectionValue(records), topGenre: top ? top[0] : null };
}

module.exports = { byDecade, collectionValue, decadeOf, findWanted, genres, parseRecord, readCollection, summary, valueOf };
