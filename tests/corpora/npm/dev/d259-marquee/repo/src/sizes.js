// The hire form lists the marquees as width x length in metres: 'Sizes: 6x9, 9x12'.
const SIZE = /(\d+)x(\d+)/;

function parseSizes(form) {
  const sizes = [];
  for (const match of form.matchAll(SIZE)) {
    sizes.push({ widthM: Number(match[1]), lengthM: Number(match[2]) });
  }
  return sizes;
}

function widestSpan(sizes) {
  return Math.max.apply(Math, sizes.map((size) => size.widthM));
}

module.exports = { parseSizes, widestSpan };
