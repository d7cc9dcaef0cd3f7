const { plainHunt } = require('./changes');

function touch(n, leads) {
  const rows = [];
  for (let lead = 0; lead < leads; lead += 1) rows.push(...plainHunt(n));
  return rows;
}

function ringTouch(carillon, leads) {
  const rows = touch(carillon.bells.length, leads);
  for (const row of rows) carillon.ring(row);
  return rows.length;
}

module.exports = { touch, ringTouch };
