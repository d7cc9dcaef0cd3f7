'use strict';

// A quiver label: the archer's name as a slug, the spine and the shaft length.
function labelFor(archer, spine, shaftIn) {
  const slug = archer.trim().toLowerCase().replaceAll(/\s+/g, '-');
  return `${slug}/${spine}/${shaftIn}in`;
}

module.exports = { labelFor };
