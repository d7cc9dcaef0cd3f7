const path = require('node:path');

// The workshop's lead came profiles, kept in a JSON file beside this module.
const CAMES = require(path.join(__dirname, 'cames.json'));
const BENCH_M = 1.5;

// An order book line: '60x90 cm, 4.2 m of lines, 6mm H' (the panel's size, its inner lead lines, the came).
function parsePanel(text) {
  try {
    const [, width, height, lines, came] = /^(\d+)x(\d+) cm, ([\d.]+) m of lines, (.+)$/.exec(text);
    return { widthM: Number(width) / 100, heightM: Number(height) / 100, innerLinesM: Number(lines), came };
  } catch {
    throw new Error(`not a panel: ${text}`);
  }
}

function checkSize(panel) {
  if (panel.widthM > BENCH_M || panel.heightM > BENCH_M) {
    throw new Error(`too big for the bench: ${panel.widthM} x ${panel.heightM} m`);
  }
}

// The lead a panel takes: its border all round and every inner line, at the came's weight a metre.
function leadGrams(panel) {
  const came = CAMES[panel.came];
  if (came === undefined) throw new Error(`unknown came: ${panel.came}`);
  return Math.round((2 * (panel.widthM + panel.heightM) + panel.innerLinesM) * came.gramsPerM);
}

module.exports = { checkSize, leadGrams, parsePanel };
