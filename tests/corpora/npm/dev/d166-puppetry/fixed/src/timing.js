'use strict';

// Show times are written "m:ss" or "m:ss.s" from the top of the show.
function toMs(text) {
  const match = /^(\d+):([0-5]\d)(?:\.(\d))?$/.exec(text);
  if (!match) {
    throw new Error(`not a show time: ${text}`);
  }
  return (Number(match[1]) * 60 + Number(match[2])) * 1000 + Number(match[3] ?? 0) * 100;
}

function fmt(ms) {
  const minutes = Math.floor(ms / 60000);
  const seconds = ((ms % 60000) / 1000).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}

module.exports = { toMs, fmt };
