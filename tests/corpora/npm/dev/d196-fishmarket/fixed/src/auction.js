const { setTimeout: sleep } = require('node:timers/promises');
const { openingPence } = require('./prices');

// A Dutch auction: the clock opens high and drops a step each tick until a buyer stops it.
async function* clock(openPence, stepPence, floorPence, tickMs) {
  for (let pence = openPence; pence >= floorPence; pence -= stepPence) {
    yield pence;
    await sleep(tickMs);
  }
}

// The first buyer on the floor whose limit a kilo the price has come down to takes the lot.
async function sell(lot, buyers, { stepPence = 100, floorShare = 0.5, tickMs = 0 } = {}) {
  const open = openingPence(lot);
  for await (const pence of clock(open, stepPence, Math.round(open * floorShare), tickMs)) {
    const buyer = buyers.find((b) => (b.limits[lot.species] ?? 0) * lot.kg >= pence);
    if (buyer) return { lot: lot.id, buyer: buyer.name, pence };
  }
  return { lot: lot.id, buyer: null, pence: 0 };
}

async function sellAll(lots, buyers, options) {
  const sales = [];
  for (const lot of lots) sales.push(await sell(lot, buyers, options));
  return sales;
}

module.exports = { sell, sellAll };
