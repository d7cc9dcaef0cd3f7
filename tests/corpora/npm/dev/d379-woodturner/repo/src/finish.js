'use strict';

// Oily timbers refuse to take a friction polish, so they are waxed instead.
const OILY = new Set(['yew', 'teak', 'olive']);

function finishFor(species) {
  if (OILY.has(species)) { var finish = 'paste wax'; } else { finish = 'friction polish'; }
  return finish;
}

function coatsFor(finish) {
  return finish === 'paste wax' ? 2 : 3;
}

module.exports = { finishFor, coatsFor };
