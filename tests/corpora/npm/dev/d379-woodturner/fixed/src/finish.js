'use strict';

// Oily timbers refuse to take a friction polish, so they are waxed instead.
const OILY = new Set(['yew', 'teak', 'olive']);

function finishFor(species) {
  const finish = OILY.has(species) ? 'paste wax' : 'friction polish';
  return finish;
}

function coatsFor(finish) {
  return finish === 'paste wax' ? 2 : 3;
}

module.exports = { finishFor, coatsFor };
