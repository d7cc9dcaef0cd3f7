// Author names as written in a bibliography file: "Family, Given Names" or "Given Names Family".
function parseName(text) {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') {
    throw new SyntaxError('an author needs a name');
  }
  if (trimmed.includes(',')) {
    const [family, given] = trimmed.split(',').map((part) => part.trim());
    return { family, given: given || '' };
  }
  const words = trimmed.split(' ');
  return { family: words.pop(), given: words.join(' ') };
}

// "Jean-Paul Marie" -> "J.-P. M."
function initials(given) {
  return given
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => word.split('-').map((part) => `${part[0].toUpperCase()}.`).join('-'))
    .join(' ');
}

function formatName(name) {
  const short = initials(name);
  return short ? `${name.family}, ${short}` : name.family;
}

const MAX_LISTED = 5;

// Up to five authors are all listed, the last after "&"; more are cut to the first one and "et al.".
function formatAuthors(names) {
  const formatted = names.map(formatName);
  if (formatted.length === 1) {
    return formatted[0];
  }
  if (formatted.length >= MAX_LISTED) {
    return `${formatted[0]} et al.`;
  }
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted[formatted.length - 1]}`;
}

module.exports = { parseName, initials, formatName, formatAuthors, MAX_LISTED };
