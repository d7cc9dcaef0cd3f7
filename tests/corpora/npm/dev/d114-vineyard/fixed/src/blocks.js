const { potentialAlcohol, ready } = require('./harvest');

function hectares(block) {
  return (block.rows * block.rowLengthM * block.rowSpacingM) / 10000;
}

function tonnesPerHectare(block) {
  return Math.round((block.kgPicked / 1000 / hectares(block)) * 10) / 10;
}

// The blocks to pick next, the sweetest first, with the wine each would make.
function pickList(blocks) {
  return blocks
    .filter((block) => ready(block.variety, block.sample))
    .sort((a, b) => b.sample.brix - a.sample.brix)
    .map((block) => ({ name: block.name, alcohol: potentialAlcohol(block.sample.brix) }));
}

module.exports = { hectares, pickList, tonnesPerHectare };
