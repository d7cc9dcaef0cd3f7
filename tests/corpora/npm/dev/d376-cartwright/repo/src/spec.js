'use strict';

// An order line names the wheel's diameter and spokes; anything else on it is a note for the shop.
function parseSpec({ diameterMm, spokes, ...notes }) {
  if (spokes % 2 !== 0) throw new Error('a wheel has an even number of spokes');
  return { diameterMm, spokes, notes: Object.keys(notes).sort() };
}

module.exports = { parseSpec };
