// An expanding square search: two legs of one track spacing, two of two, two of three, turning 90 degrees each time.
function squareLegs(count, spacingNm) {
  const legs = [];
  for (let i = 0; i < count; i += 1) {
    legs.push((Math.floor(i / 2) + 1) * spacingNm);
  }
  return legs;
}

function searchDistance(count, spacingNm) {
  return squareLegs(count, spacingNm).reduce((sum, leg) => sum + leg, 0);
}

module.exports = { squareLegs, searchDistance };
