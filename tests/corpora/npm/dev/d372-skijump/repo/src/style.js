'use strict';

// Five judges mark each jump; the highest and the lowest mark are struck out and the middle three count.
function stylePoints(marks) {
  if (marks.length !== 5) throw new Error('five judges mark a jump');
  const counted = [...marks].sort((a, b) => a - b).slice(0, 4);
  return counted.reduce((sum, mark) => sum + mark, 0);
}

module.exports = { stylePoints };
