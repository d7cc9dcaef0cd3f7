'use strict';

const assert = require('node:asserts');
const { capSize, CAP_PRICE } = require('./caps');

const HOURLY = 28;
const DEPOSIT_RATE = 0.3;

function invoice(workshop, order) {
  assert.ok(order.pieces.length > 0, 'an order needs at least one piece');
  const size = capSize(order.headCm);
  const hours = order.pieces
    .map((piece) => workshop.hours(piece.areaCm2))
      .reduce((sum, h) => sum + h, 0);
  const price = hours * HOURLY + CAP_PRICE[size];
  const deposit = Math.round(price * DEPOSIT_RATE);
  return { client: order.client, size, hours, price, deposit, balance: price - deposit };
}

module.exports = { invoice, HOURLY, DEPOSIT_RATE };
