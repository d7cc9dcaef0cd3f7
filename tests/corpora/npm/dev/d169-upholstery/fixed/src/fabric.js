'use strict';

// Upholstery fabric comes off a bolt 140 cm wide; a panel wider than the bolt needs several drops side by side.
const BOLT_WIDTH_CM = 140;

function parseDimensions(text) {
  const match = /^(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*cm$/i.exec(text.trim());
  if (!match) {
    throw new Error(`bad dimensions: ${text}`);
  }
  return { width: Number(match[1]), height: Number(match[2]) };
}

// With a pattern repeat every drop is cut to a whole number of repeats, so the motif lines up across seams.
function dropLength(height, repeat) {
  if (!repeat) return height;
  return Math.ceil(height / repeat) * repeat;
}

function metresFor(panels, { repeat = 0, bolt = BOLT_WIDTH_CM } = {}) {
  let cm = 0;
  for (const panel of panels) {
    const { width, height } = parseDimensions(panel);
    const drops = Math.ceil(width / bolt);
    cm += drops * dropLength(height, repeat);
  }
  return cm / 100;
}

module.exports = { BOLT_WIDTH_CM, parseDimensions, dropLength, metresFor };
