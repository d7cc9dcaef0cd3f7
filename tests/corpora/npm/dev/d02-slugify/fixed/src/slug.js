const SEPARATOR = '-';

function normalize(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function slugify(text, maxLength = 40) {
  const words = normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let slug = words.join(SEPARATOR);
  if (slug.length > maxLength) {
    slug = slug.slice(0, maxLength);
    const cut = slug.lastIndexOf(SEPARATOR);
    if (cut > 0) {
      slug = slug.slice(0, cut);
    }
  }
  return slug;
}

function uniqueSlug(text, taken) {
  const base = slugify(text);
  let candidate = base;
  let n = 2;
  while (taken.has(candidate)) {
    candidate = `${base}${SEPARATOR}${n}`;
    n += 1;
  }
  return candidate;
}

module.exports = { slugify, uniqueSlug, normalize };
