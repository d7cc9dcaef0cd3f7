'use strict';

// Chart notation: the kind, the flashes in a group (if more than one), the colour and the period, e.g. "Fl(3) W 15s".
const PATTERN = /^(Fl|Q|Iso|Oc)(?:\((\d+)\))? ([WRG]) (\d+(?:\.\d+)?)s$/;

function parseCharacteristic(text) {
  const match = PATTERN.exec(text.trim());
  if (!match) {
    throw new Error(`not a light characteristic: ${text}`);
  }
  return {
    kind: match[1],
    flashes: match[2] ? Number(match[2]) : 1,
    colour: match[3],
    period: Number(match[4]),
  };
}

module.exports = { parseCharacteristic };
