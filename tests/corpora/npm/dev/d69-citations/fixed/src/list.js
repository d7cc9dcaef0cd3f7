const { formatReference } = require('./reference');

function firstFamily(ref) {
  return ref.authors[0].family;
}

// By first author's family name (accents and case aside), then oldest first.
function sortReferences(refs) {
  return [...refs].sort(
    (a, b) => firstFamily(a).localeCompare(firstFamily(b), 'en', { sensitivity: 'base' }) || a.year - b.year,
  );
}

// Works by the same authors in the same year are told apart as 2019a, 2019b, in list order.
function labels(sorted) {
  const seen = new Map();
  const keys = sorted.map((ref) => `${ref.authors.map((name) => name.family).join(';')} ${ref.year}`);
  for (const key of keys) {
    seen.set(key, (seen.get(key) || 0) + 1);
  }
  const used = new Map();
  return sorted.map((ref, i) => {
    if (seen.get(keys[i]) === 1) {
      return String(ref.year);
    }
    const n = used.get(keys[i]) || 0;
    used.set(keys[i], n + 1);
    return `${ref.year}${String.fromCharCode(97 + n)}`;
  });
}

function bibliography(refs) {
  const sorted = sortReferences(refs);
  const tags = labels(sorted);
  return sorted.map((ref, i) => formatReference(ref, tags[i])).join('\n');
}

module.exports = { sortReferences, labels, bibliography };
