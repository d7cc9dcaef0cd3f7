'use strict';

const { sizeForFoot } = require('./lasts');

const euros = Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });

function pairPrice(wood, finish) {
  let price = wood === 'alder' ? 70 : 55;
  switch (finish) {
    case 'painted':
      price += 18;
      break;
    case 'carved':
      price += 40;
      break;
    default:
      break;
  }
  return price;
}

function quotePair(footMm, finish) {
  const size = sizeForFoot(footMm);
  const price = pairPrice(woodFor(size), finish);
  return { size, price, text: euros.format(price) };
}

// One line of the order book: size, finish and price.
function orderLine(footMm, finish) {
  const { size, text } = quotePair(footMm, finish);
  return [
      `EU ${size}`,
      finish,
      text,
  ].join(' | ');
}

module.exports = { pairPrice, quotePair, orderLine };
