'use strict';

const { Quote } = require('./quote');

// One order per line: "customer; piece; panel, panel, ...; price per metre[; repeat]".
function parseOrderLine(line) {
  const [customer, piece, panels, price, repeat] = line.split(';').map((part) => part.trim());
  return {
    customer,
    piece,
    panels: panels.split(',').map((panel) => panel.trim()),
    pricePerMetre: Number(price),
    cut: repeat ? { repeat: Number(repeat) } : undefined,
  };
}

function quoteOrders(text) {
  const quotes = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    let order;
    try {
      order = parseOrderLine(line);
    } catch (error) {
      throw new Error(`cannot read order "${line}": ${error.message}`);
    }
    if (!quotes.has(order.customer)) {
      quotes.set(order.customer, new Quote(order.customer));
    }
    quotes.get(order.customer).add(order.piece, order);
  }
  return quotes;
}

module.exports = { parseOrderLine, quoteOrders };
