const { formatAuthors, formatName, parseName } = require('./authors');

// A journal article from a record of "key: value" lines (authors separated by ";").
function readRecord(text) {
  const fields = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) {
      fields[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  for (const required of ['authors', 'year', 'title']) {
    if (!fields[required]) {
      throw new SyntaxError(`a reference needs its ${required}`);
    }
  }
  return {
    authors: fields.authors.split(';').map(parseName),
    year: Number(fields.year),
    title: fields.title,
    journal: fields.journal || null,
    volume: fields.volume || null,
    pages: fields.pages || null,
  };
}

// Page ranges take an en dash: "101-9" stays as written apart from the dash.
function formatPages(pages) {
  return pages.replace(/\s*-+\s*/, '\u2013');
}

function formatReference(ref, label = String(ref.year)) {
  let text = `${formatAuthors(ref.authors)} (${label}). ${ref.title}.`;
  if (ref.journal) {
    text += ` ${ref.journal}`;
    if (ref.volume) {
      text += `, ${ref.volume}`;
    }
    if (ref.pages) {
      text += `, ${formatPages(ref.pages)}`;
    }
    text += '.';
  }
  return text;
}

module.exports = { readRecord, formatPages, formatReference };
