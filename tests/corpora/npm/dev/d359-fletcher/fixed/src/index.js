'use strict';

const { shaftLength, spineFor } = require('./spine');
const { labelFor } = require('./labels');
const { featherCount, dozenPrice } = require('./price');
const { Quiver } = require('./quiver');

function quote({ archer, drawLb, drawLengthIn, arrows }) {
  const shaftIn = shaftLength(drawLengthIn);
  const spine = spineFor(drawLb, shaftIn);
  return {
    label: labelFor(archer, spine, shaftIn),
    feathers: featherCount(arrows),
    price: dozenPrice(arrows),
  };
}

module.exports = { quote, shaftLength, spineFor, labelFor, featherCount, dozenPrice, Quiver };
