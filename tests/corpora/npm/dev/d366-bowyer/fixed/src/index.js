'use strict';

const { MARKED_AT_IN, weightAtDraw, limbGrams } = require('./draw');
const { DEFAULTS, stringSetup } = require('./tiller');
const { seasonedStaves, rackOrder } = require('./staves');

function bowCard({ name, markedLb, drawIn, bowLengthIn, options }) {
  const setup = stringSetup(bowLengthIn, options);
  return `${name}: ${weightAtDraw(markedLb, drawIn)} lb at ${drawIn} in, brace ${setup.braceHeightIn} in, string ${setup.stringLengthIn} in`;
}

function rack(bows, drawIn) {
  return rackOrder(bows, drawIn, weightAtDraw);
}

module.exports = { MARKED_AT_IN, DEFAULTS, weightAtDraw, limbGrams, stringSetup, bowCard, seasonedStaves, rack };
