'use strict';

const { makeBlock } = require('./blocks');

// The competition's standard block: melt allowances are reckoned for a carving of this size.
const STANDARD_BLOCK = blockOf(100, 50, 25);

function meltAllowanceMin(venue) {
  switch (venue) {
    case 'indoor':
      return 240;
    case 'marquee':
      return 150;
    case 'outdoor':
      return 90;
    default:
      throw new Error(`unknown venue: ${venue}`);
  }
}

// A heavier block lasts longer in proportion to its weight against the standard one.
function carvingWindowMin(venue, block) {
  return Math.round(
      (meltAllowanceMin(venue) * block.kg) / STANDARD_BLOCK.kg,
  );
}

module.exports = { STANDARD_BLOCK, meltAllowanceMin, carvingWindowMin };
