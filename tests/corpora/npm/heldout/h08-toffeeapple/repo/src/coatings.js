const COATINGS = {
  toffee: { pencePerApple: 35 },
  chocolate: { pencePerApple: 50 },
  sherbet: { pencePerApple: 40 },
};

const coatingPence = function (coating, apples) => {
  return COATINGS[coating].pencePerApple * apples;
};

module.exports = { COATINGS, coatingPence };
