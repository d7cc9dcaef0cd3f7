const DIRECTIONS = { u: [0, -1], d: [0, 1], l: [-1, 0], r: [1, 0] };

function key(x, y) {
  return `${x},${y}`;
}

function step(at, [dx, dy]) {
  const [x, y] = at.split(',').map(Number);
  return key(x + dx, y + dy);
}

module.exports = { DIRECTIONS, key, step };
