const { slugify, uniqueSlug } = require('./slug');

function slugsFor(titles) {
  const taken = new Set();
  return titles.map((title) => {
    const slug = uniqueSlug(title, taken);
    taken.add(slug);
    return slug;
  });
}

module.exports = { slugify, slugsFor };
