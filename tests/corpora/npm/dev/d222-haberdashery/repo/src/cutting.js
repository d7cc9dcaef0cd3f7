// Prices per metre in pence; ribbon is cut to the 10 cm, fabric to the 25 cm.
const FABRICS = {
  gingham: { pence: 850, step: 0.25 },
  linen: { pence: 1600, step: 0.25 },
  velvet: { pence: 2400, step: 0.25 },
  'satin ribbon': { pence: 180, step: 0.1 },
};

function cutLength(fabric, metres) {
  const { step } = FABRICS[fabric];
  return Math.round(Math.ceil(metres / step - 1e-9) * step * 100) / 100;
}

// One [fabric, metres] pair per line of every order, in the order the cutter takes them.
function cuttingList(orders) {
  let cuts = [];
  for (const order of orders) {
    for (const line of order.lines) cuts = cuts.concat([line.fabric, cutLength(line.fabric, line.metres)]);
  }
  return cuts;
}

function orderPence(order) {
  return order.lines.reduce((sum, line) => sum + Math.round(cutLength(line.fabric, line.metres) * FABRICS[line.fabric].pence), 0);
}

module.exports = { FABRICS, cutLength, cuttingList, orderPence };
