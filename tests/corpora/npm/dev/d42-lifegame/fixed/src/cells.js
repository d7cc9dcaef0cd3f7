// A live cell is kept as the string 'x,y', so that a Set can hold the board.
function key(x, y) {
  return `${x},${y}`;
}

function coordinates(cell) {
  const [x, y] = cell.split(',').map(Number);
  return { x, y };
}

function bounds(cells) {
  if (cells.size === 0) {
    return null;
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const cell of cells) {
    const { x, y } = coordinates(cell);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

module.exports = { key, coordinates, bounds };
