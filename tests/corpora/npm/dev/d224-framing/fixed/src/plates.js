// Characters an engraver fits on a title plate of each size.
const PLATE_CHARS = { small: 18, medium: 28, large: 40 };

function plateText(title, size) {
  const overflow = Math.max(0, title.length - PLATE_CHARS[size]);
  // A title too long for the plate loses its end; one that fits is engraved as it is.
  return title.slice(0, title.length - overflow).trimEnd();
}

module.exports = { PLATE_CHARS, plateText };
