const { key, coordinates, bounds } = require('./cell');

const LIVE = new Set(['#', 'O', '*']);
const DEAD = new Set(['.', ' ']);

// Plain-text patterns: one row per line, '#', 'O' or '*' alive, '.' or a space dead.
function parse(text) {
  const cells = new Set();
  const rows = text.replace(/^\n+|\n+$/g, '').split('\n');
  rows.forEach((row, y) => {
    Array.from(row).forEach((ch, x) => {
      if (LIVE.has(ch)) {
        cells.add(key(x, y));
      } else if (!DEAD.has(ch)) {
        throw new Error(`unexpected '${ch}' at row ${y + 1}, column ${x + 1}`);
      }
    });
  });
  return cells;
}

// The smallest rectangle that holds every live cell, '#' alive and '.' dead.
function render(cells) {
  const box = bounds(cells);
  if (box === null) {
    return '';
  }
  const rows = [];
  for (let y = box.minY; y <= box.maxY; y++) {
    let row = '';
    for (let x = box.minX; x <= box.maxX; x++) {
      row += cells.has(key(x, y)) ? '#' : '.';
    }
    rows.push(row);
  }
  return rows.join('\n');
}

function translate(cells, dx, dy) {
  const moved = new Set();
  for (const cell of cells) {
    const { x, y } = coordinates(cell);
    moved.add(key(x + dx, y + dy));
  }
  return moved;
}

module.exports = { parse, render, translate };
